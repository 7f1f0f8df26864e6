using Kith.Core.Accounts;
using Kith.Core.Interactions;

namespace Kith.Core.Plan;

/// <summary>The time I set aside for my network each week, and how long before someone comes round again.</summary>
public sealed class WeeklyPlan : IAccountScoped
{
    public int AccountId { get; set; }
    public int WeeklyBudgetMinutes { get; set; }
    /// <summary>Nobody met in this many weeks is suggested again: a different person each time.</summary>
    public int RotationWeeks { get; set; } = PlanRules.DefaultRotationWeeks;
    public DateTime UpdatedAt { get; set; }
}

/// <summary>A recurring time for networking: "Wednesday 12:00–13:00, lunch". Local time, so it stays at noon across DST changes.</summary>
public sealed class NetworkingSlot : IAccountScoped
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public DayOfWeek Day { get; set; }
    public TimeOnly StartsAt { get; set; }
    public int DurationMinutes { get; set; }
    public InteractionKind Kind { get; set; }
    public string? Label { get; set; }
    /// <summary>The first day the slot counts from; earlier weeks are not held against my adherence.</summary>
    public DateOnly StartsOn { get; set; }
    /// <summary>Set when I stop the slot; its past occurrences stay for adherence.</summary>
    public DateOnly? EndedOn { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Whether the slot falls on this day: the right weekday, and within the days it runs.</summary>
    public bool OccursOn(DateOnly day) =>
        day.DayOfWeek == Day && day >= StartsOn && (EndedOn is not { } end || day < end);
}

public enum SlotStatus
{
    /// <summary>Only people passed over so far; the slot is still open.</summary>
    Open = 0,
    Accepted = 1,
    Skipped = 2,
    Done = 3,
}

/// <summary>What happened to one occurrence of a slot: whom I accepted, whom I passed over, or that it was kept or skipped.</summary>
public sealed class SlotOccurrence : IAccountScoped
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public int SlotId { get; set; }
    public NetworkingSlot Slot { get; set; } = null!;
    public DateOnly On { get; set; }
    public SlotStatus Status { get; set; }
    public int? PersonId { get; set; }
    /// <summary>People swapped away for this occurrence, as comma-separated ids (a handful at most).</summary>
    public string PassedOver { get; set; } = "";
    public int? InteractionId { get; set; }
    public DateTime UpdatedAt { get; set; }

    public IReadOnlySet<int> PassedOverIds =>
        PassedOver.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();

    public void PassOver(int personId) =>
        PassedOver = string.Join(',', PassedOverIds.Append(personId).Distinct());
}
