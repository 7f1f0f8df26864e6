using Kith.Core.Interactions;
using Kith.Core.Opportunities;
using Kith.Core.Pitch;
using Kith.Core.Plan;

namespace Kith.Core.Backup;

internal sealed record WeeklyPlanRow
{
    public required int WeeklyBudgetMinutes { get; init; }
    public required int RotationWeeks { get; init; }
    public required DateTime UpdatedAt { get; init; }
}

internal sealed record NetworkingSlotRow
{
    public required int Id { get; init; }
    public required DayOfWeek Day { get; init; }
    public required TimeOnly StartsAt { get; init; }
    public required int DurationMinutes { get; init; }
    public required InteractionKind Kind { get; init; }
    public string? Label { get; init; }
    public required DateOnly StartsOn { get; init; }
    public DateOnly? EndedOn { get; init; }
    public required DateTime CreatedAt { get; init; }
}

internal sealed record SlotOccurrenceRow
{
    public required int Id { get; init; }
    public required int SlotId { get; init; }
    public required DateOnly On { get; init; }
    public required SlotStatus Status { get; init; }
    public int? PersonId { get; init; }
    /// <summary>People swapped away, as document-local person ids; absent when none.</summary>
    public List<int>? PassedOver { get; init; }
    public int? InteractionId { get; init; }
    public required DateTime UpdatedAt { get; init; }
}

internal sealed record OpportunityRow
{
    public required int Id { get; init; }
    public required string Name { get; init; }
    public required OpportunityKind Kind { get; init; }
    public string? Role { get; init; }
    public DateOnly? MemberSince { get; init; }
    public string? Website { get; init; }
    public string? Notes { get; init; }
    public int? BuddyId { get; init; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }
}

internal sealed record OpportunityEventRow
{
    public required int Id { get; init; }
    public required int OpportunityId { get; init; }
    public required string Title { get; init; }
    public required DateTime StartsAt { get; init; }
    public required int DurationMinutes { get; init; }
    public string? Location { get; init; }
    public bool? Attended { get; init; }
    public int? BuddyId { get; init; }
    public required DateTime CreatedAt { get; init; }
}

internal sealed record EventContactRow
{
    public required int EventId { get; init; }
    public required int PersonId { get; init; }
    public int? InteractionId { get; init; }
    public int? FollowUpId { get; init; }
}

internal sealed record IntroductionRow
{
    public required int Id { get; init; }
    public required int ConnectorId { get; init; }
    public int? TargetId { get; init; }
    public string? TargetDescription { get; init; }
    public string? Reason { get; init; }
    public required IntroductionStatus Status { get; init; }
    public DateOnly? AskedOn { get; init; }
    public DateOnly? IntroducedOn { get; init; }
    public DateOnly? MetOn { get; init; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }
}

internal sealed record PitchVersionRow
{
    public required int Id { get; init; }
    public required PitchAudience Audience { get; init; }
    public required string Text { get; init; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }
}

internal sealed record PitchPracticeRow
{
    public required int Id { get; init; }
    public required int PitchId { get; init; }
    public required DateOnly PractisedOn { get; init; }
    public required int DurationSeconds { get; init; }
    public required int Rating { get; init; }
    public string? Notes { get; init; }
    public required DateTime CreatedAt { get; init; }
}

internal sealed record CalendarFeedRow
{
    public required string Token { get; init; }
    public required DateTime CreatedAt { get; init; }
}
