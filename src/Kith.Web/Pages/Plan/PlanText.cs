using System.Globalization;
using Kith.Core.Plan;
using Kith.Web.Pages.Shared;

namespace Kith.Web.Pages.Plan;

/// <summary>How the plan and health pages word the weekly plan, so both say it alike.</summary>
public static class PlanText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>"Widening" reads better to a person than the core's "expanding".</summary>
    public static string Mix(PlanMix mix) => mix == PlanMix.Expanding ? "Widening" : "Maintaining";

    public static string MixClass(PlanMix mix) => mix == PlanMix.Expanding ? "badge badge-widening" : "badge badge-maintaining";

    public static string? Status(SlotStatus status) => status switch
    {
        SlotStatus.Accepted => "Accepted",
        SlotStatus.Done => "Kept",
        SlotStatus.Skipped => "Skipped",
        _ => null,
    };

    /// <summary>"Wed 18 Mar 2026, 12:00–13:00", in the account's zone.</summary>
    public static string When(PlannedSlotView o) =>
        $"{Show.Day(o.On)}, {o.StartsAt.ToString("HH:mm", Invariant)}–{o.StartsAt.AddMinutes(o.DurationMinutes).ToString("HH:mm", Invariant)}";

    /// <summary>The machine-readable start for &lt;time datetime&gt;, offset included.</summary>
    public static string IsoStart(PlannedSlotView o) => o.StartsAt.ToString("yyyy-MM-dd'T'HH:mmzzz", Invariant);

    /// <summary>The anchor of one occurrence on the plan page.</summary>
    public static string Anchor(int slotId, DateOnly on) => $"slot-{slotId}-{Show.Iso(on)}";

    public static string Week(DateOnly monday, DateOnly today) =>
        (monday.DayNumber - PlanRules.WeekStart(today).DayNumber) switch
        {
            0 => "This week",
            7 => "Next week",
            _ => $"Week of {Show.Day(monday)}",
        };

    /// <summary>"Kept 3 of 4 slots in the last 8 weeks (3 of 8 weeks)".</summary>
    public static string Adherence(PlanAdherence a) =>
        $"Kept {a.Kept} of {Slots(a.Scheduled)} in the last {a.Weeks} weeks ({a.WeeksKept} of {a.Weeks} weeks)";

    public static string Streak(int weeks) => weeks switch
    {
        0 => "No streak yet",
        1 => "1 week",
        _ => $"{weeks} weeks in a row",
    };

    public static string Minutes(int minutes) => (minutes / 60, minutes % 60) switch
    {
        (0, var m) => $"{m} min",
        (var h, 0) => h == 1 ? "1 hour" : $"{h} hours",
        var (h, m) => $"{h} h {m} min",
    };

    private static string Slots(int n) => n == 1 ? "1 slot" : $"{n} slots";

    /// <summary>The "Done" form's short give/ask choice; the person page explains the words at length.</summary>
    public static IReadOnlyList<(string Value, string Label)> ExchangeChoices { get; } =
        [("gave", "I gave"), ("asked", "I asked"), ("neither", "Neither")];

    public static IReadOnlyList<(string Value, string Label)> DayChoices { get; } =
        [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday }
            .Select(d => (d.ToString().ToLowerInvariant(), d.ToString()))];
}
