namespace Kith.Core.Import;

/// <summary>
/// Bringing people in from a file: a preview that says, row by row, what would happen; then a commit
/// that does exactly that in one transaction, all or nothing. The file is streamed both times, never
/// held whole in memory; <paramref name="open"/> opens it afresh for each pass.
/// </summary>
public sealed partial class ImportService
{
    /// <summary>Reads the file and classifies every row as new, update, unchanged, possible duplicate, error or ignored. Writes nothing.</summary>
    public Task<ImportPreview> PreviewAsync(Func<Stream> open, ImportOptions options, IProgress<ImportProgress>? progress = null, CancellationToken ct = default) =>
        throw new NotImplementedException();

    /// <summary>
    /// Imports the file with the user's choices, in one transaction. Rows with errors stop the import
    /// (<see cref="ImportRejectedException"/>) unless <see cref="ImportChoices.SkipErrors"/>; a file
    /// error throws <see cref="ImportFileException"/>; either way nothing is written.
    /// </summary>
    public Task<ImportResult> CommitAsync(Func<Stream> open, ImportOptions options, ImportChoices choices, IProgress<ImportProgress>? progress = null, CancellationToken ct = default) =>
        throw new NotImplementedException();
}

/// <summary>Some rows have errors and the user did not choose to skip them; nothing was imported.</summary>
public sealed class ImportRejectedException(IReadOnlyList<PreviewRow> errorRows)
    : Exception($"{errorRows.Count} row(s) have errors, so nothing was imported. Fix them, or choose to skip rows with errors. "
        + string.Join(" ", errorRows.Take(5).Select(r => $"Line {r.Line}: {string.Join("; ", r.Errors.Select(e => $"{e.Field}: {e.Message}"))}.")))
{
    public IReadOnlyList<PreviewRow> ErrorRows { get; } = errorRows;
}
