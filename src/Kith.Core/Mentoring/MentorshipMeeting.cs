using Kith.Core.Accounts;

namespace Kith.Core.Mentoring;

public enum MeetingStatus
{
    /// <summary>I offered several times; the mentor has not picked one yet.</summary>
    Proposed = 0,
    Scheduled = 1,
    Held = 2,
    Cancelled = 3,
}

/// <summary>A mentoring meeting: the times I offered, the one chosen, my preparation and what I took away.</summary>
public sealed class MentorshipMeeting : IAccountScoped
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public int MentorshipId { get; set; }
    public Mentorship Mentorship { get; set; } = null!;

    public MeetingStatus Status { get; set; }
    /// <summary>The chosen start, in UTC; null while only proposed.</summary>
    public DateTime? StartsAt { get; set; }
    public int DurationMinutes { get; set; } = 60;
    public string? Location { get; set; }
    public string? PrepNotes { get; set; }
    public string? Notes { get; set; }
    public DateOnly? HeldOn { get; set; }
    /// <summary>The interaction logged when the meeting was held, so it shows on the person's timeline.</summary>
    public int? InteractionId { get; set; }

    /// <summary>Stable iCalendar UID, so a downloaded invite updates the same calendar event.</summary>
    public Guid Uid { get; set; }
    /// <summary>iCalendar SEQUENCE: bumped each time the time changes.</summary>
    public int Sequence { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public List<MeetingProposal> Proposals { get; set; } = [];
}

/// <summary>One of the times I offered, being flexible.</summary>
public sealed class MeetingProposal : IAccountScoped
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public int MeetingId { get; set; }
    public DateTime StartsAt { get; set; }
}
