using Kith.Core.Common;
using Kith.Core.Data;
using Kith.Core.Import;

namespace Kith.Web.Hosting;

/// <summary>
/// The steps of an import as the API and the pages both take them: keep the upload, preview it
/// (with the options remembered for it), page through the rows, then commit in the background.
/// Everything is for the current account; another account's upload id is simply not found.
/// </summary>
public sealed class ImportFlow(ImportStore store, ImportDrafts drafts, ImportJobs jobs, ImportService imports, KithDbContext db)
{
    private int Account => db.CurrentAccountId;

    /// <summary>Keeps the file on disk for preview and commit. Whoever gets an error before the user sees the id should <see cref="Discard"/> it.</summary>
    public Task<StoredUpload> SaveAsync(string fileName, Stream content, CancellationToken ct) =>
        store.SaveAsync(Account, fileName, content, ct);

    public bool Exists(string id) => store.Find(Account, id) is not null;

    public StoredUpload Find(string id) => store.Find(Account, id) ?? throw new NotFoundException("Import", id);

    /// <summary>The options this upload was last previewed with (the defaults if none).</summary>
    public ImportOptions OptionsOf(StoredUpload upload) => drafts.For(Account, upload.Id).Options;

    public IReadOnlyDictionary<int, RowChoice> ChoicesOf(StoredUpload upload) => drafts.For(Account, upload.Id).Choices;

    /// <summary>Remembers per-row choices made on one page of rows, so the commit includes them.</summary>
    public void Choose(StoredUpload upload, IReadOnlyDictionary<int, RowChoice> choices) => drafts.For(Account, upload.Id).Choose(choices);

    /// <summary>
    /// With <paramref name="options"/>: previews afresh and remembers them. Without: the recent
    /// preview for the remembered options, or a fresh one.
    /// </summary>
    public async Task<ImportPreview> PreviewAsync(StoredUpload upload, ImportOptions? options, CancellationToken ct)
    {
        var draft = drafts.For(Account, upload.Id);
        await draft.Previewing.WaitAsync(ct);
        try
        {
            if (options is null && draft.RecentPreview is { } recent) return recent;
            var chosen = options ?? draft.Options;
            var preview = await imports.PreviewAsync(upload.Open, chosen, null, ct);
            draft.Remember(chosen, preview);
            return preview;
        }
        finally
        {
            draft.Previewing.Release();
        }
    }

    /// <summary>Starts the commit in the background (or returns the one already running for this upload).</summary>
    public ImportJob Commit(StoredUpload upload, ImportOptions options, ImportChoices choices)
    {
        var draft = drafts.For(Account, upload.Id);
        var totalRows = SameRows(options, draft.Options) ? draft.RecentPreview?.Counts.Rows : null;
        return jobs.Start(Account, upload, options, choices, totalRows);
    }

    public bool HasJob(string id) => jobs.Find(Account, id) is not null;

    public ImportJob Job(string id) => jobs.Find(Account, id) ?? throw new NotFoundException("Import", id);

    /// <summary>Removes the upload and what was remembered about it.</summary>
    public void Discard(string id)
    {
        store.Delete(Account, id);
        drafts.Forget(Account, id);
    }

    /// <summary>People changed outside an import (a restore, a merge): previews must match again.</summary>
    public void PeopleChanged() => drafts.ForgetPreviews(Account);

    // The file is cut into the same rows when it is read as the same format through the same columns.
    private static bool SameRows(ImportOptions a, ImportOptions b) =>
        a.Format == b.Format
        && (a.Mapping?.FieldByColumn ?? new Dictionary<string, string>()).OrderBy(m => m.Key, StringComparer.Ordinal)
            .SequenceEqual((b.Mapping?.FieldByColumn ?? new Dictionary<string, string>()).OrderBy(m => m.Key, StringComparer.Ordinal));

    /// <summary>One page of the preview's rows, only those with the given statuses when any are given.</summary>
    public static Page<PreviewRow> Rows(ImportPreview preview, IReadOnlyCollection<RowStatus>? statuses, int? page, int? pageSize)
    {
        var paging = Paging.Of(page, pageSize);
        var rows = statuses is { Count: > 0 } ? preview.Rows.Where(r => statuses.Contains(r.Status)).ToList() : preview.Rows;
        return new Page<PreviewRow>(rows.Skip(paging.Skip).Take(paging.PageSize).ToList(), paging.PageNumber, paging.PageSize, rows.Count);
    }
}
