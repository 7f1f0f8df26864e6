using Kith.Core.Interactions;

namespace Kith.Core.Plan;

/// <summary>Budget in minutes a week; RotationWeeks: how long before someone is suggested again (default 8).</summary>
public sealed record PlanInput(int? WeeklyBudgetMinutes, int? RotationWeeks = null);

/// <summary>Day: monday…sunday. StartsAt: HH:MM local. Kind: lunch, coffee, call… (default lunch). StartsOn: YYYY-MM-DD, default today.</summary>
public sealed record SlotInput(string? Day, string? StartsAt, int? DurationMinutes = null, string? Kind = null, string? Label = null, string? StartsOn = null);

/// <summary>Marks a slot kept: with the suggested or accepted person unless another is named; logs the interaction.</summary>
public sealed record SlotDoneInput(int? PersonId = null, string? Summary = null, string? Notes = null, string? Exchange = null);

public sealed record SlotView(int Id, DayOfWeek Day, TimeOnly StartsAt, int DurationMinutes, InteractionKind Kind, string? Label, DateOnly StartsOn, DateOnly? EndedOn, string Description);

/// <summary>One upcoming (or this week's) occurrence of a slot, with the person suggested or chosen and why.</summary>
public sealed record PlannedSlotView(
    int SlotId,
    DateOnly On,
    /// <summary>Start in my zone's offset for that day (DST included).</summary>
    DateTimeOffset StartsAt,
    int DurationMinutes,
    InteractionKind Kind,
    string Description,
    SlotStatus Status,
    PlanMix Mix,
    int? PersonId,
    string? PersonName,
    string Reason,
    int? InteractionId);

/// <summary>How well the time set aside was kept: slots running now, adherence over 8 and 26 weeks, and the streak.</summary>
public sealed record PlanKeeping(int RunningSlots, PlanAdherence Last8Weeks, PlanAdherence Last26Weeks, int Streak);

public sealed record PlanView(
    int WeeklyBudgetMinutes,
    int RotationWeeks,
    int ScheduledMinutesPerWeek,
    IReadOnlyList<SlotView> Slots,
    IReadOnlyList<PlannedSlotView> Upcoming,
    PlanAdherence Last8Weeks,
    PlanAdherence Last26Weeks,
    int Streak,
    /// <summary>Plain-language nudges: no slots yet, budget not used, budget exceeded.</summary>
    IReadOnlyList<string> Notes);
