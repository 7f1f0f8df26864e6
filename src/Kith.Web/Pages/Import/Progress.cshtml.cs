using Kith.Web.Hosting;

namespace Kith.Web.Pages.Import;

/// <summary>
/// A background import: a progress bar that /js/import-progress.js keeps up to date (and a link to
/// check again without scripts), then what was imported, or why nothing was.
/// </summary>
public sealed class ProgressModel(ImportFlow flow) : KithPageModel
{
    public ImportJobView Job { get; private set; } = null!;

    /// <summary>Whether the upload is still there to preview again (after a refusal, to skip error rows or fix the mapping).</summary>
    public bool CanPreviewAgain { get; private set; }

    /// <summary>Where to see the people of this import: tagged ones when a tag was given.</summary>
    public string PeopleHref { get; private set; } = "/people";

    public async Task OnGetAsync(string id, CancellationToken ct)
    {
        Job = await flow.JobAsync(id, ct);
        CanPreviewAgain = Job.State == ImportJobState.Failed && await flow.ExistsAsync(id, ct);
        if (Job.Tag is { } tag) PeopleHref = "/people?tag=" + Uri.EscapeDataString(tag);
    }

    /// <summary>"1,200 of 30,000 rows", or what is known so far.</summary>
    public static string RowsText(ImportJobView job) => job switch
    {
        { RowsDone: 0, Phase: null } => "Starting…",
        { TotalRows: { } total } => $"{ImportShow.Number(job.RowsDone)} of {ImportShow.Count(total, "row", "rows")}",
        _ => $"{ImportShow.Count(job.RowsDone, "row", "rows")} so far",
    };
}
