using Kith.Core.Common;
using Kith.Core.People;
using Kith.Core.Plan;

namespace Kith.Web.Pages.Plan;

/// <summary>
/// The weekly networking plan: time set aside, the slots, whom to meet in each of the next weeks
/// and why, and how well the time is kept. Handlers live in Index.Handlers.cs.
/// </summary>
public sealed partial class IndexModel(PlanService plans, PeopleService people, AccountClock clock) : KithPageModel
{
    public const int WeeksShown = 8;

    public PlanView Plan { get; private set; } = null!;
    public DateOnly Today { get; private set; }

    /// <summary>Everyone I could have met, for the "Done" form's "with whom".</summary>
    public IReadOnlyList<PersonRef> People { get; private set; } = [];

    // Each form keeps what the user typed when its post fails; the others show their defaults.
    public BudgetForm Budget { get; private set; } = null!;
    public SlotForm Slot { get; private set; } = null!;

    /// <summary>The occurrence whose action failed, as posted; its row shows the messages.</summary>
    public OccurrenceForm? Occurrence { get; private set; }

    /// <summary>The upcoming occurrences by week, Monday first.</summary>
    public IEnumerable<IGrouping<DateOnly, PlannedSlotView>> Weeks => Plan.Upcoming.GroupBy(o => PlanRules.WeekStart(o.On));

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    /// <summary>Whether the row for <paramref name="o"/> is the one a failed post was about.</summary>
    public bool Failed(PlannedSlotView o) => Occurrence is { } posted && posted.Is(o);

    /// <summary>Accept and swap only look ahead; the core refuses them for a day that has passed.</summary>
    public bool CanPlan(PlannedSlotView o) => o.On >= Today && o.Status != SlotStatus.Done;

    /// <summary>A slot is marked kept once its day has come.</summary>
    public bool CanMarkDone(PlannedSlotView o) => o.On <= Today && o.Status != SlotStatus.Done;

    private async Task LoadAsync(CancellationToken ct)
    {
        Plan = await plans.GetAsync(WeeksShown, ct);
        Today = await clock.TodayAsync(ct);
        if (Plan.Upcoming.Any(CanMarkDone))
            People = await people.PickListAsync(includeMe: false, ct: ct);
        Budget ??= BudgetForm.From(Plan);
        Slot ??= SlotForm.Default();
    }
}
