using Kith.Core.Import;

namespace Kith.Web.Hosting;

/// <summary>
/// What went wrong with an import, as field errors: the API sends them as a ProblemDetails and the
/// import pages show the same messages next to the upload, so both say it in the same words.
/// </summary>
internal static class ImportErrors
{
    /// <summary>The key whole-file errors go under: the upload field.</summary>
    public const string File = "file";

    /// <summary>At most this many error rows are itemised; the detail says how many there were in all.</summary>
    public const int MaxRowsListed = 100;

    public const string FileTitle = "The file could not be imported.";
    public const string RowsTitle = "Some rows have errors, so nothing was imported.";

    /// <summary>{ "file": ["Line 3: the quoted field that starts here never ends"] }.</summary>
    public static Dictionary<string, string[]> ForFile(ImportFileException failure) =>
        new() { [File] = [Message(failure)] };

    /// <summary>"Line 3: the quoted field…", or "The file is empty." when no line applies.</summary>
    public static string Message(ImportFileException failure) => Kith.Core.Common.Text.Capitalised(failure.Message);

    /// <summary>{ "line 12": ["Connected On: not a date"] }, one entry per row with errors, in file order.</summary>
    public static Dictionary<string, string[]> ForRows(ImportRejectedException failure) =>
        failure.ErrorRows.OrderBy(r => r.Line).Take(MaxRowsListed)
            .ToDictionary(r => LineKey(r.Line), r => r.Errors.Select(e => $"{e.Field}: {e.Message}").DefaultIfEmpty("This row cannot be imported.").ToArray());

    public static string RowsDetail(ImportRejectedException failure)
    {
        var count = failure.ErrorRows.Count;
        var listed = count > MaxRowsListed ? $" The first {MaxRowsListed} are listed." : "";
        return $"{count} {(count == 1 ? "row has" : "rows have")} errors.{listed} Fix the file, or import again with skipErrors to leave those rows out.";
    }

    public static string LineKey(int line) => $"line {line.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}

/// <summary>Another import for the same account is still being written; one at a time keeps each all-or-nothing transaction short of contention.</summary>
internal sealed class ImportBusyException(string fileName)
    : Exception($"“{fileName}” is still being imported. Wait for it to finish, then try again.")
{
    public string FileName { get; } = fileName;
}
