using Kith.Core.KeepInTouch;
using Kith.Core.Mentoring;
using Kith.Core.Networking;

namespace Kith.Core.Backup;

internal sealed record GoalRow
{
    public required int Id { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }
    public required GoalHorizon Horizon { get; init; }
    public DateOnly? TargetOn { get; init; }
    public required GoalStatus Status { get; init; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }
}

internal sealed record GoalAreaRow
{
    public required int GoalId { get; init; }
    public required int AreaId { get; init; }
}

internal sealed record GoalNoteRow
{
    public required int Id { get; init; }
    public required int GoalId { get; init; }
    public required DateTime WrittenAt { get; init; }
    public required string Text { get; init; }
}

internal sealed record MentorshipRow
{
    public required int Id { get; init; }
    public int? PersonId { get; init; }
    public string? Seeking { get; init; }
    public required MentorKind Kind { get; init; }
    public required MentorshipStatus Status { get; init; }
    public required DateOnly StatusSince { get; init; }
    public DateOnly? AskOn { get; init; }
    public string? Expectations { get; init; }
    public int? MeetEvery { get; init; }
    public required CadenceUnit MeetUnit { get; init; }
    public DateOnly? LastMetOn { get; init; }
    public DateOnly? NextMeetingDueOn { get; init; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }
}

internal sealed record MentorshipAreaRow
{
    public required int MentorshipId { get; init; }
    public required int AreaId { get; init; }
}

internal sealed record MentorshipStatusChangeRow
{
    public required int Id { get; init; }
    public required int MentorshipId { get; init; }
    public required MentorshipStatus Status { get; init; }
    public required DateOnly On { get; init; }
    public string? Note { get; init; }
}

internal sealed record MentorshipMeetingRow
{
    public required int Id { get; init; }
    public required int MentorshipId { get; init; }
    public required MeetingStatus Status { get; init; }
    public DateTime? StartsAt { get; init; }
    public required int DurationMinutes { get; init; }
    public string? Location { get; init; }
    public string? PrepNotes { get; init; }
    public string? Notes { get; init; }
    public DateOnly? HeldOn { get; init; }
    public int? InteractionId { get; init; }
    public required Guid Uid { get; init; }
    public required int Sequence { get; init; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }
}

internal sealed record MeetingProposalRow
{
    public required int Id { get; init; }
    public required int MeetingId { get; init; }
    public required DateTime StartsAt { get; init; }
}

internal sealed record MenteeCommitmentRow
{
    public required int Id { get; init; }
    public required int MentorshipId { get; init; }
    public required CommitmentKind Kind { get; init; }
    public required string Description { get; init; }
    public required DateOnly AskedOn { get; init; }
    public DateOnly? DueOn { get; init; }
    public DateOnly? DoneOn { get; init; }
    public required DateTime CreatedAt { get; init; }
}

internal sealed record NetworkingInterestRow
{
    public required NetworkingWay Way { get; init; }
    public required DateTime ChosenAt { get; init; }
}

internal sealed record NetworkingCommitmentRow
{
    public required int Id { get; init; }
    public required NetworkingWay Way { get; init; }
    public required string Description { get; init; }
    public required DateOnly DueOn { get; init; }
    public DateTime? DoneAt { get; init; }
    public required DateTime CreatedAt { get; init; }
}
