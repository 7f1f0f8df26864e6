using System.Globalization;
using Kith.Core.Plan;

namespace Kith.Web.Pages.Plan;

/// <summary>The weekly budget and rotation as posted; names match <see cref="PlanInput"/> so errors land on the right field.</summary>
public sealed class BudgetForm
{
    public int? WeeklyBudgetMinutes { get; set; }
    public int? RotationWeeks { get; set; }

    public static BudgetForm From(PlanView plan) => new()
    {
        WeeklyBudgetMinutes = plan.WeeklyBudgetMinutes > 0 ? plan.WeeklyBudgetMinutes : null,
        RotationWeeks = plan.RotationWeeks,
    };

    public PlanInput ToInput() => new(WeeklyBudgetMinutes, RotationWeeks);
}

/// <summary>"Add a slot" as posted; names match <see cref="SlotInput"/>.</summary>
public sealed class SlotForm
{
    public string? Day { get; set; }
    public string? StartsAt { get; set; }
    public int? DurationMinutes { get; set; }
    public string? Kind { get; set; }
    public string? Label { get; set; }

    public static SlotForm Default() => new() { Day = "wednesday", StartsAt = "12:00", DurationMinutes = 60, Kind = "lunch" };

    public SlotInput ToInput() => new(Day, StartsAt, DurationMinutes, Kind, Label);

    /// <summary>The quick start the empty plan offers: the lunch most people can keep.</summary>
    public static SlotInput WednesdayLunch { get; } = new("wednesday", "12:00", 60, "lunch");
}

/// <summary>
/// One occurrence of a slot, and for "Done" whom I met and how it went. Accept, swap and skip post
/// only the slot and day; their errors ("has passed") land on <see cref="On"/>.
/// </summary>
public sealed class OccurrenceForm
{
    public int SlotId { get; set; }
    public string? On { get; set; }
    public int? PersonId { get; set; }
    public string? Summary { get; set; }
    public string? Exchange { get; set; }

    public DateOnly? Day => DateOnly.TryParseExact(On, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    public bool Is(PlannedSlotView occurrence) => occurrence.SlotId == SlotId && occurrence.On == Day;

    public SlotDoneInput ToDoneInput() => new(PersonId, Summary, null, Exchange);
}
