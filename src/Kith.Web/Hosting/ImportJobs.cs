using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.Json;
using Kith.Core.Common;
using Kith.Core.Data;
using Kith.Core.Import;

namespace Kith.Web.Hosting;

/// <summary>
/// Runs import commits in the background, each in its own DI scope (its own DbContext and one
/// transaction), so a 30,000-row file does not hold a request open and its progress can be shown.
/// A job runs on the node that started it and is seen only by the account that started it. Its
/// state is also written with the upload in the database — when it starts, as it goes (once a second,
/// on PostgreSQL; SQLite has one writer, the import itself) and when it ends — so a progress poll
/// that a load balancer sends to another node is answered too. One commit per account at a time on a
/// node; committing the same upload again while it runs gives back the running job.
/// </summary>
public sealed class ImportJobs(
    IServiceScopeFactory scopes,
    ImportStore store,
    ImportDrafts drafts,
    DatabaseSettings database,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<ImportJobs> log)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A finished job's result stays this long for the progress page to show.</summary>
    private static readonly TimeSpan FinishedKeptFor = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, ImportJob> _jobs = new();
    private readonly Lock _starting = new();

    public async Task<ImportJob> StartAsync(int accountId, StoredUpload upload, ImportOptions options, ImportChoices choices, int? totalRows)
    {
        ImportJob job;
        lock (_starting)
        {
            RemoveFinished();
            if (_jobs.TryGetValue(upload.Id, out var same) && same.AccountId == accountId && same.State == ImportJobState.Running)
                return same;
            if (_jobs.Values.FirstOrDefault(j => j.AccountId == accountId && j.State == ImportJobState.Running) is { } other)
                throw new ImportBusyException(other.FileName);

            job = new ImportJob(upload.Id, accountId, upload.FileName, upload.Length, totalRows, options.Tag, time.GetUtcNow());
            _jobs[upload.Id] = job;
        }
        // Written before the import's transaction starts, so every node knows of the job from the first poll.
        await SaveAsync(job, CancellationToken.None);
        _ = Task.Run(() => RunAsync(job, upload, options, choices));
        return job;
    }

    /// <summary>
    /// How the import of this upload stands: this node's live job, else what the node running it last
    /// wrote to the database; null when there is none for this account.
    /// </summary>
    public async Task<ImportJobView?> FindAsync(int accountId, string id, CancellationToken ct)
    {
        if (_jobs.TryGetValue(id, out var job) && job.AccountId == accountId)
            return ImportJobView.Of(job);
        return await store.GetJobAsync(accountId, id, ct) is { } json ? JsonSerializer.Deserialize<ImportJobView>(json, Json) : null;
    }

    private Task SaveAsync(ImportJob job, CancellationToken ct) =>
        store.SetJobAsync(job.AccountId, job.Id, JsonSerializer.Serialize(ImportJobView.Of(job), Json), ct);

    /// <summary>While the job runs, its progress is written once a second where the engine lets another writer in.</summary>
    private async Task ShareProgressAsync(ImportJob job, CancellationToken ct)
    {
        if (database.IsSqlite) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), time);
        try
        {
            while (await timer.WaitForNextTickAsync(ct) && job.State == ImportJobState.Running)
            {
                try
                {
                    await SaveAsync(job, ct);
                }
                catch (DbException e)
                {
                    log.LogWarning(e, "The progress of import {ImportId} could not be shared with other nodes.", job.Id);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The job ended; its final state is written by RunAsync.
        }
    }

    private async Task RunAsync(ImportJob job, StoredUpload upload, ImportOptions options, ImportChoices choices)
    {
        using var running = new CancellationTokenSource();
        var sharing = ShareProgressAsync(job, running.Token);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            // The scope acts for the account DI resolves; never write for another one than asked.
            if (scope.ServiceProvider.GetRequiredService<KithDbContext>().CurrentAccountId != job.AccountId)
                throw new InvalidOperationException("The import's unit of work does not act for the account that started it.");

            var imports = scope.ServiceProvider.GetRequiredService<ImportService>();
            var result = await imports.CommitAsync(upload.Open, options, choices, job, lifetime.ApplicationStopping);

            // Imported: the file (private data) is no longer needed, and every other preview's matches are out of date.
            await store.DropDataAsync(job.AccountId, job.Id);
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
        finally
        {
            await running.CancelAsync();
            await sharing;
            try
            {
                await SaveAsync(job, CancellationToken.None);
            }
            catch (Exception e) when (e is DbException or InvalidOperationException)
            {
                // This node still answers for the job from memory; only other nodes miss the ending.
                log.LogWarning(e, "The outcome of import {ImportId} could not be shared with other nodes.", job.Id);
            }
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
