using Kith.Core.Networking;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.Mentoring;

/// <summary>The ways of networking I picked, and the dated steps I committed to, with Done buttons.</summary>
public sealed class NetworkingModel(NetworkingService networking) : MentoringPageModel
{
    private const int RecentlyDone = 10;

    public IReadOnlyList<NetworkingWayView> Picked { get; private set; } = [];
    public IReadOnlyList<NetworkingCommitmentView> Open { get; private set; } = [];
    public IReadOnlyList<NetworkingCommitmentView> Done { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var choices = await networking.GetAsync(ct);
        Picked = choices.Ways.Where(w => w.Picked).ToList();
        Open = choices.Commitments;
        Done = (await networking.ListCommitmentsAsync("done", null, RecentlyDone, ct)).Items
            .OrderByDescending(c => c.DoneAt).ToList();
    }

    public async Task<IActionResult> OnPostDoneAsync(int commitmentId, bool done, CancellationToken ct)
    {
        var changed = await networking.SetDoneAsync(commitmentId, done, ct);
        Flash(done ? $"Done: {changed.Description}. Keep going: commit to the next step." : $"Reopened: {changed.Description}.");
        return RedirectToPage(null, null, null, "steps");
    }
}
