using Kith.Core.People;

namespace Kith.Core.Agenda;

public enum AgendaWindow
{
    /// <summary>What is due today or earlier.</summary>
    Today = 0,
    /// <summary>What comes due by the end of this week (Sunday).</summary>
    Week = 1,
}

public enum AgendaItemKind
{
    Cadence = 0,
    FollowUp = 1,
    /// <summary>A candidate mentor I planned to ask (or, for a placeholder, to find) by now.</summary>
    MentorAsk = 2,
    /// <summary>An active mentorship whose meeting rhythm says it is time to meet.</summary>
    MentorMeetingDue = 3,
    /// <summary>A mentoring meeting scheduled in the window, or held and not yet recorded.</summary>
    MentorMeeting = 4,
    /// <summary>Something my mentor asked of me, or I promised them, due in the window.</summary>
    MentorCommitment = 5,
    /// <summary>A networking step I committed to ("go to the association's mixer").</summary>
    NetworkingStep = 6,
}

/// <summary>How pressing an item is: past its maximum interval, due, or coming due later in the window.</summary>
public enum Urgency
{
    Upcoming = 0,
    Due = 1,
    Overdue = 2,
}

/// <summary>
/// One suggestion: whom to contact, or what to do, and why. <see cref="PersonId"/> is null for a
/// mentor I am still looking for and for networking steps; the ids say which record the item is about.
/// </summary>
public sealed record AgendaItem(
    AgendaItemKind Kind,
    int? PersonId,
    string PersonName,
    IReadOnlyList<PersonRoles> Roles,
    string Reason,
    DateOnly DueOn,
    Urgency Urgency,
    double Score,
    int? FollowUpId,
    string? FollowUpDescription,
    int? MentorshipId = null,
    int? MeetingId = null,
    /// <summary>The mentee commitment (MentorCommitment) or networking commitment (NetworkingStep).</summary>
    int? CommitmentId = null);

public sealed record AgendaView(DateOnly Today, DateOnly Until, AgendaWindow Window, IReadOnlyList<AgendaItem> Items);
