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

    /// <summary>Keeps the file in the database for preview and commit. Whoever gets an error before the user sees the id should <see cref="DiscardAsync"/> it.</summary>
    public Task<StoredUpload> SaveAsync(string fileName, Stream content, CancellationToken ct) =>
        store.SaveAsync(Account, fileName, content, ct);

    public async Task<bool> ExistsAsync(string id, CancellationToken ct) => await store.FindAsync(Account, id, ct) is not null;

    /// <summary>The upload, with the options and choices remembered for it (on whichever node they were made) ready to read.</summary>
    public async Task<StoredUpload> FindAsync(string id, CancellationToken ct)
    {
        var upload = await store.FindAsync(Account, id, ct) ?? throw new NotFoundException("Import", id);
        if (await store.GetDraftAsync(Account, id, ct) is { } json)
        {
            var (options, choices) = ImportDraftJson.Read(json);
            drafts.For(Account, id).Restore(options, choices);
        }
        return upload;
    }

    /// <summary>The options this upload was last previewed with (the defaults if none).</summary>
    public ImportOptions OptionsOf(StoredUpload upload) => drafts.For(Account, upload.Id).Options;

    public IReadOnlyDictionary<int, RowChoice> ChoicesOf(StoredUpload upload) => drafts.For(Account, upload.Id).Choices;

    /// <summary>Remembers per-row choices made on one page of rows, so the commit includes them.</summary>
    public async Task ChooseAsync(StoredUpload upload, IReadOnlyDictionary<int, RowChoice> choices, CancellationToken ct)
    {
        var draft = drafts.For(Account, upload.Id);
        draft.Choose(choices);
        await ShareAsync(upload.Id, draft, ct);
    }

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
            await ShareAsync(upload.Id, draft, ct);
            return preview;
        }
        finally
        {
            draft.Previewing.Release();
        }
    }

    /// <summary>Starts the commit in the background (or returns the one already running for this upload).</summary>
    public Task<ImportJob> CommitAsync(StoredUpload upload, ImportOptions options, ImportChoices choices)
    {
        var draft = drafts.For(Account, upload.Id);
        var totalRows = SameRows(options, draft.Options) ? draft.RecentPreview?.Counts.Rows : null;
        return jobs.StartAsync(Account, upload, options, choices, totalRows);
    }

    public async Task<bool> HasJobAsync(string id, CancellationToken ct) => await jobs.FindAsync(Account, id, ct) is not null;

    public async Task<ImportJobView> JobAsync(string id, CancellationToken ct) =>
        await jobs.FindAsync(Account, id, ct) ?? throw new NotFoundException("Import", id);

    /// <summary>Removes the upload and what was remembered about it.</summary>
    public async Task DiscardAsync(string id, CancellationToken ct)
    {
        await store.DeleteAsync(Account, id, ct);
        drafts.Forget(Account, id);
    }

    /// <summary>People changed outside an import (a restore, a merge): previews must match again.</summary>
    public void PeopleChanged() => drafts.ForgetPreviews(Account);

    private Task ShareAsync(string id, ImportDraft draft, CancellationToken ct) =>
        store.SetDraftAsync(Account, id, ImportDraftJson.Write(draft.Options, draft.Choices), ct);

    // The file is cut into the same rows when it is read as the same format through the same columns.
    private static bool SameRows(ImportOptions a, ImportOptions b) => a.Format == b.Format && ImportDraft.SameMapping(a, b);

    /// <summary>One page of the preview's rows, only those with the given statuses when any are given.</summary>
    public static Page<PreviewRow> Rows(ImportPreview preview, IReadOnlyCollection<RowStatus>? statuses, int? page, int? pageSize)
    {
        var paging = Paging.Of(page, pageSize);
        var rows = statuses is { Count: > 0 } ? preview.Rows.Where(r => statuses.Contains(r.Status)).ToList() : preview.Rows;
        return new Page<PreviewRow>(rows.Skip(paging.Skip).Take(paging.PageSize).ToList(), paging.PageNumber, paging.PageSize, rows.Count);
    }
}
