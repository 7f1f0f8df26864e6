using System.Collections.Concurrent;
using Kith.Core.Common;
using Kith.Core.Data;
using Kith.Core.Import;

namespace Kith.Web.Hosting;

/// <summary>
/// Runs import commits in the background, each in its own DI scope (its own DbContext and one
/// transaction), so a 30,000-row file does not hold a request open and its progress can be shown.
/// Jobs live in memory and are seen only by the account that started them. One commit per account
/// at a time; committing the same upload again while it runs gives back the running job.
/// </summary>
public sealed class ImportJobs(
    IServiceScopeFactory scopes,
    ImportStore store,
    ImportDrafts drafts,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<ImportJobs> log)
{
    /// <summary>A finished job's result stays this long for the progress page to show.</summary>
    private static readonly TimeSpan FinishedKeptFor = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, ImportJob> _jobs = new();
    private readonly Lock _starting = new();

    public ImportJob Start(int accountId, StoredUpload upload, ImportOptions options, ImportChoices choices, int? totalRows)
    {
        lock (_starting)
        {
            RemoveFinished();
            if (_jobs.TryGetValue(upload.Id, out var same) && same.AccountId == accountId && same.State == ImportJobState.Running)
                return same;
            if (_jobs.Values.FirstOrDefault(j => j.AccountId == accountId && j.State == ImportJobState.Running) is { } other)
                throw new ImportBusyException(other.FileName);

            var job = new ImportJob(upload.Id, accountId, upload.FileName, upload.Length, totalRows, options.Tag, time.GetUtcNow());
            _jobs[upload.Id] = job;
            _ = Task.Run(() => RunAsync(job, upload, options, choices));
            return job;
        }
    }

    /// <summary>The job for this upload, or null when there is none for this account.</summary>
    public ImportJob? Find(int accountId, string id) =>
        _jobs.TryGetValue(id, out var job) && job.AccountId == accountId ? job : null;

    private async Task RunAsync(ImportJob job, StoredUpload upload, ImportOptions options, ImportChoices choices)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            // Outside the request (it may have ended), so the unit of work is told whom it acts for.
            scope.ServiceProvider.GetRequiredService<Accounts.CurrentAccount>().ActFor(job.AccountId);
            // The scope acts for the account DI resolves; never write for another one than asked.
            if (scope.ServiceProvider.GetRequiredService<KithDbContext>().CurrentAccountId != job.AccountId)
                throw new InvalidOperationException("The import's unit of work does not act for the account that started it.");

            var imports = scope.ServiceProvider.GetRequiredService<ImportService>();
            var result = await imports.CommitAsync(upload.Open, options, choices, job, lifetime.ApplicationStopping);

            // Imported: the file (private data) is no longer needed, and every other preview's matches are out of date.
            store.Delete(job.AccountId, job.Id);
            drafts.Forget(job.AccountId, job.Id);
            drafts.ForgetPreviews(job.AccountId);
            job.Succeed(result, time.GetUtcNow());
        }
        catch (Exception e) when (e is ImportFileException or ImportRejectedException or ValidationFailedException or OperationCanceledException)
        {
            // The user's file or choices, or shutdown: nothing was written, and the job says why.
            job.Fail(e, time.GetUtcNow());
        }
        catch (Exception e)
        {
            log.LogError(e, "Import {ImportId} failed; nothing was imported.", job.Id);
            job.Fail(e, time.GetUtcNow());
        }
    }

    private void RemoveFinished()
    {
        var now = time.GetUtcNow();
        foreach (var (id, job) in _jobs)
        {
            if (job.FinishedAt is { } finished && now - finished > FinishedKeptFor) _jobs.TryRemove(id, out _);
        }
    }
}
