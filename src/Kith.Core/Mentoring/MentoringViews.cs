using Kith.Core.KeepInTouch;
using Kith.Core.People;

namespace Kith.Core.Mentoring;

public sealed record GoalSummary(
    int Id,
    string Title,
    GoalHorizon Horizon,
    DateOnly? TargetOn,
    GoalStatus Status,
    IReadOnlyList<string> Areas,
    int NoteCount);

public sealed record GoalNoteView(int Id, DateTime WrittenAt, string Text);

public sealed record GoalDetail(
    int Id,
    string Title,
    string? Description,
    GoalHorizon Horizon,
    DateOnly? TargetOn,
    GoalStatus Status,
    IReadOnlyList<string> Areas,
    IReadOnlyList<GoalNoteView> Notes,
    DateTime CreatedAt);

public sealed record MentorshipSummary(
    int Id,
    int? PersonId,
    /// <summary>The mentor's name, or "someone who…" while I am still looking.</summary>
    string Name,
    string? Seeking,
    MentorKind Kind,
    MentorshipStatus Status,
    DateOnly StatusSince,
    IReadOnlyList<string> Areas,
    DateOnly? AskOn,
    /// <summary>"every 6 weeks", or null without a rhythm.</summary>
    string? Rhythm,
    DateOnly? LastMetOn,
    DateOnly? NextMeetingDueOn,
    /// <summary>Active, with a rhythm, and the next meeting is past due.</summary>
    bool IsQuiet);

public sealed record StatusChangeView(MentorshipStatus Status, DateOnly On, string? Note);

public sealed record ProposalView(int Id, DateTimeOffset StartsAt);

/// <summary>A meeting; times are given in my zone's offset.</summary>
public sealed record MeetingView(
    int Id,
    int MentorshipId,
    int? PersonId,
    string MentorName,
    MeetingStatus Status,
    DateTimeOffset? StartsAt,
    int DurationMinutes,
    string? Location,
    string? PrepNotes,
    string? Notes,
    DateOnly? HeldOn,
    int? InteractionId,
    IReadOnlyList<ProposalView> Proposals);

public sealed record CommitmentView(
    int Id,
    int MentorshipId,
    int? PersonId,
    string MentorName,
    CommitmentKind Kind,
    string Description,
    DateOnly AskedOn,
    DateOnly? DueOn,
    DateOnly? DoneOn,
    bool IsOverdue,
    /// <summary>Days from asked to done; null while open.</summary>
    int? ResponseDays);

/// <summary>How responsive I am as a mentee: shown to me, so I can keep my promises.</summary>
public sealed record ResponseSummary(
    int Done,
    int Open,
    int OnTime,
    int Late,
    int Overdue,
    double? MedianDays,
    double? AverageDays,
    /// <summary>Days the oldest open item has waited.</summary>
    int? OldestOpenDays);

public sealed record MentorshipDetail(
    MentorshipSummary Summary,
    string? Expectations,
    int? MeetEvery,
    CadenceUnit MeetUnit,
    IReadOnlyList<StatusChangeView> History,
    IReadOnlyList<MeetingView> Meetings,
    IReadOnlyList<CommitmentView> Commitments,
    ResponseSummary Responses,
    /// <summary>Why this mentorship breaks the boss rule now that the org chart changed; null when it does not.</summary>
    string? BossConflict);

public sealed record GoalRef(int Id, string Title, GoalHorizon Horizon);

public sealed record BoardCell(int MentorshipId, int? PersonId, string Name, MentorKind Kind, MentorshipStatus Status);

public sealed record MentorSuggestion(
    int PersonId,
    string Name,
    string? Department,
    EmployerRelation Employer,
    RelativeLevel Level,
    /// <summary>"expertise in public speaking", "tagged public speaking".</summary>
    string Why);

/// <summary>One row of the board: an area, the goals that need it, who mentors me in it, and suggestions when nobody does.</summary>
public sealed record BoardArea(
    int AreaId,
    string Name,
    IReadOnlyList<GoalRef> Goals,
    IReadOnlyList<BoardCell> Mentors,
    /// <summary>No active mentor covers this area.</summary>
    bool IsGap,
    IReadOnlyList<MentorSuggestion> Suggestions);

public sealed record BoardMentor(
    int MentorshipId,
    int? PersonId,
    string Name,
    MentorKind Kind,
    MentorshipStatus Status,
    string? Department,
    EmployerRelation Employer,
    IReadOnlyList<string> Areas,
    DateOnly? LastMetOn,
    DateOnly? NextMeetingDueOn,
    bool IsQuiet,
    BossRelation BossConflict);

/// <summary>Codes: no-goals, no-mentors, one-mentor, same-department, none-outside, quiet, boss-conflict, gaps.</summary>
public sealed record BoardWarning(string Code, string Message, int? MentorshipId = null, int? PersonId = null);

public sealed record BoardView(
    IReadOnlyList<BoardArea> Areas,
    IReadOnlyList<BoardMentor> Mentors,
    IReadOnlyList<BoardWarning> Warnings,
    int ActiveMentors,
    int Gaps);
