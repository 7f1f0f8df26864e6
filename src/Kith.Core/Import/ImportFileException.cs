namespace Kith.Core.Import;

/// <summary>
/// The file as a whole cannot be read (binary, wrong encoding, no header, an unterminated quote,
/// a line too long). Nothing was imported. <see cref="Line"/> is 1-based, when known.
/// </summary>
public sealed class ImportFileException(int? line, string reason)
    : Exception(line is { } l ? $"Line {l}: {reason}" : reason)
{
    public int? Line { get; } = line;
    public string Reason { get; } = reason;
}

/// <summary>Some rows have errors and the user did not choose to skip them; nothing was imported.</summary>
public sealed class ImportRejectedException(IReadOnlyList<PreviewRow> errorRows)
    : Exception($"{errorRows.Count} row(s) have errors, so nothing was imported. Fix them, or choose to skip rows with errors. "
        + string.Join(" ", errorRows.Take(5).Select(r => $"Line {r.Line}: {string.Join("; ", r.Errors.Select(e => $"{e.Field}: {e.Message}"))}")))
{
    public IReadOnlyList<PreviewRow> ErrorRows { get; } = errorRows;
}
