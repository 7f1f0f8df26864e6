using Kith.Core.Agenda;
using Kith.Core.KeepInTouch;
using Kith.Core.People;
using Kith.Core.Plan;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages;

/// <summary>The dashboard: whom to reach out to today or this week, and why.</summary>
public sealed class IndexModel(AgendaService agenda, PeopleService people, KeepInTouchService keepInTouch, PlanService plans) : KithPageModel
{
    public AgendaView Agenda { get; private set; } = null!;

    public bool IsWeek => Agenda.Window == AgendaWindow.Week;

    /// <summary>Only counted when the agenda is empty, to tell a new user where to start.</summary>
    public int? PeopleCount { get; private set; }

    /// <summary>When today is clear, how much comes due later this week.</summary>
    public int? LaterThisWeek { get; private set; }

    /// <summary>This week's networking slots not yet kept or skipped, so the dashboard points at the plan.</summary>
    public IReadOnlyList<PlannedSlotView> NetworkingThisWeek { get; private set; } = [];

    public async Task OnGetAsync(string? window, CancellationToken ct)
    {
        var chosen = string.Equals(window, "week", StringComparison.OrdinalIgnoreCase) ? AgendaWindow.Week : AgendaWindow.Today;
        Agenda = await agenda.GetAsync(chosen, ct);
        NetworkingThisWeek = (await plans.GetAsync(1, ct)).Upcoming.Where(o => o.Status is SlotStatus.Open or SlotStatus.Accepted).ToList();
        if (Agenda.Items.Count > 0) return;

        PeopleCount = (await people.ListAsync(new PeopleQuery { PageSize = 1 }, ct)).TotalCount;
        if (!IsWeek && PeopleCount > 0)
            LaterThisWeek = (await agenda.GetAsync(AgendaWindow.Week, ct)).Items.Count;
    }

    /// <summary>Runs this page's queries once, outside any request, so EF has translated them before the first visit (StartupGate).</summary>
    internal static Task WarmUpAsync(IServiceProvider services, CancellationToken ct) =>
        ActivatorUtilities.CreateInstance<IndexModel>(services).OnGetAsync(null, ct);

    public async Task<IActionResult> OnPostDoneAsync(int followUpId, string? window, CancellationToken ct)
    {
        var done = await keepInTouch.SetDoneAsync(followUpId, true, ct);
        Flash($"Done: {done.Description} ({done.PersonName}).");
        return RedirectToPage(new { window = window == "week" ? "week" : null });
    }
}
