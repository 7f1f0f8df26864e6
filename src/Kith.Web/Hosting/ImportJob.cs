using Kith.Core.Import;

namespace Kith.Web.Hosting;

/// <summary>Where a background import stands.</summary>
public enum ImportJobState
{
    Running = 0,
    Done = 1,
    Failed = 2,
}

/// <summary>
/// One commit running in the background: the latest progress the import reported, then its result
/// or what stopped it. Progress is written by the import's thread and read by whoever polls.
/// </summary>
public sealed class ImportJob(string id, int accountId, string fileName, long totalBytes, int? totalRows, string? tag, DateTimeOffset startedAt)
    : IProgress<ImportProgress>
{
    private readonly TaskCompletionSource<ImportResult> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ImportProgress? _progress;

    public string Id { get; } = id;
    public int AccountId { get; } = accountId;
    public string FileName { get; } = fileName;
    public long TotalBytes { get; } = totalBytes;
    /// <summary>Rows in the file, when a preview counted them.</summary>
    public int? TotalRows { get; } = totalRows;
    /// <summary>The tag given to everyone imported, to list them afterwards.</summary>
    public string? Tag { get; } = tag;
    public DateTimeOffset StartedAt { get; } = startedAt;
    public DateTimeOffset? FinishedAt { get; private set; }

    public ImportProgress? Progress => Volatile.Read(ref _progress);

    /// <summary>Completes with the result, or faults with what stopped the import.</summary>
    public Task<ImportResult> Completion => _done.Task;

    public ImportJobState State => _done.Task.Status switch
    {
        TaskStatus.RanToCompletion => ImportJobState.Done,
        TaskStatus.Faulted or TaskStatus.Canceled => ImportJobState.Failed,
        _ => ImportJobState.Running,
    };

    public ImportResult? Result => _done.Task.IsCompletedSuccessfully ? _done.Task.Result : null;

    public Exception? Error => _done.Task.Exception?.InnerException
        ?? (_done.Task.IsCanceled ? new OperationCanceledException("The import was stopped because Kith is shutting down; nothing was imported.") : null);

    public void Report(ImportProgress value) => Volatile.Write(ref _progress, value);

    public void Succeed(ImportResult result, DateTimeOffset at)
    {
        FinishedAt = at;
        _done.TrySetResult(result);
    }

    public void Fail(Exception error, DateTimeOffset at)
    {
        FinishedAt = at;
        _done.TrySetException(error);
        // Nobody may ever await a job started from a page; looking at the exception marks it observed.
        _ = _done.Task.Exception;
    }
}
