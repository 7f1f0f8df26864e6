using Kith.Core.Common;
using Kith.Core.Import;

namespace Kith.Web.Hosting;

/// <summary>A background import as the progress page and GET /api/v1/imports/{id}/progress show it.</summary>
/// <param name="Phase">"reading" or "writing", once the import has reported.</param>
/// <param name="TotalRows">Rows in the file, when a preview counted them.</param>
/// <param name="Result">What was imported, once done.</param>
/// <param name="Error">Why nothing was imported, once failed.</param>
/// <param name="Tag">The tag given to everyone imported, to list them afterwards.</param>
public sealed record ImportJobView(
    string Id,
    string FileName,
    ImportJobState State,
    string? Phase,
    int RowsDone,
    int? TotalRows,
    long BytesRead,
    long TotalBytes,
    ImportResult? Result,
    ImportJobError? Error,
    string? Tag = null)
{
    internal static ImportJobView Of(ImportJob job)
    {
        var progress = job.Progress;
        return new ImportJobView(
            job.Id, job.FileName, job.State, progress?.Phase, progress?.RowsDone ?? 0, job.TotalRows,
            progress?.BytesRead ?? 0, progress?.TotalBytes ?? job.TotalBytes,
            job.Result, job.Error is { } error ? ImportJobError.Of(error) : null, job.Tag);
    }
}

/// <summary>Why an import stopped, in the same words and keys as the API's ProblemDetails ("file", "line 12").</summary>
public sealed record ImportJobError(string Title, string Detail, IReadOnlyDictionary<string, string[]> Errors)
{
    internal static ImportJobError Of(Exception error) => error switch
    {
        ImportFileException file => new(ImportErrors.FileTitle, ImportErrors.Message(file), ImportErrors.ForFile(file)),
        ImportRejectedException rows => new(ImportErrors.RowsTitle, ImportErrors.RowsDetail(rows), ImportErrors.ForRows(rows)),
        ValidationFailedException invalid => new("Some choices need attention.", invalid.Message, ApiFieldNames.ToCamelCase(invalid.Errors)),
        OperationCanceledException => new("The import was stopped.", "Kith was shutting down; nothing was imported. Import the file again.", new Dictionary<string, string[]>()),
        _ => new("The import failed.", "Something went wrong inside Kith; nothing was imported. Try again, and report it if it keeps happening.", new Dictionary<string, string[]>()),
    };
}
