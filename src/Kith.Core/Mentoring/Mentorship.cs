using Kith.Core.Accounts;
using Kith.Core.KeepInTouch;
using Kith.Core.People;

namespace Kith.Core.Mentoring;

/// <summary>The three kinds of mentor the brief names.</summary>
public enum MentorKind
{
    /// <summary>A senior person who looks out for me and speaks for me.</summary>
    GuardianAngel = 0,
    /// <summary>Guides me through one area or one transition.</summary>
    Shepherd = 1,
    /// <summary>One of several advisers on my personal board of directors, each for an area.</summary>
    BoardMember = 2,
}

/// <summary>The pipeline a mentorship moves along; ended ones keep their history.</summary>
public enum MentorshipStatus
{
    Candidate = 0,
    Asked = 1,
    Active = 2,
    Paused = 3,
    Ended = 4,
}

/// <summary>
/// A mentoring relationship with one person, or, while I am still looking, with a placeholder
/// ("someone who has run a P&amp;L") that becomes a person once I find them.
/// </summary>
public sealed class Mentorship : IAccountScoped
{
    public int Id { get; set; }
    public int AccountId { get; set; }

    public int? PersonId { get; set; }
    public Person? Person { get; set; }
    /// <summary>Who I am looking for, while no person is chosen yet.</summary>
    public string? Seeking { get; set; }

    public MentorKind Kind { get; set; }
    public MentorshipStatus Status { get; set; }
    public DateOnly StatusSince { get; set; }

    /// <summary>The day I plan to ask (or find) this mentor; shown on the agenda while a candidate.</summary>
    public DateOnly? AskOn { get; set; }

    /// <summary>What we agreed: how often, how, what each of us expects.</summary>
    public string? Expectations { get; set; }

    /// <summary>Meeting rhythm; null when we have not agreed one.</summary>
    public int? MeetEvery { get; set; }
    public CadenceUnit MeetUnit { get; set; }

    /// <summary>Denormalised from held meetings.</summary>
    public DateOnly? LastMetOn { get; set; }
    /// <summary>Denormalised: the day the next meeting is due by the rhythm; indexed for the agenda.</summary>
    public DateOnly? NextMeetingDueOn { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public List<MentorshipArea> Areas { get; set; } = [];
    public List<MentorshipStatusChange> History { get; set; } = [];
    public List<MentorshipMeeting> Meetings { get; set; } = [];
    public List<MenteeCommitment> Commitments { get; set; } = [];

    public Cadence? Rhythm => MeetEvery is { } every ? new Cadence(every, every, MeetUnit) : null;

    public bool IsCurrent => Status is not MentorshipStatus.Ended;

    /// <summary>Only an active mentorship with a rhythm comes due; the clock starts at the last meeting, else the day it became active.</summary>
    public void RecomputeNextMeeting()
    {
        NextMeetingDueOn = Status == MentorshipStatus.Active && Rhythm is { } rhythm
            ? rhythm.IdealAfter(LastMetOn is { } last && last > StatusSince ? last : StatusSince)
            : null;
    }
}

public sealed class MentorshipArea : IAccountScoped
{
    public int AccountId { get; set; }
    public int MentorshipId { get; set; }
    public int AreaId { get; set; }
    public Area Area { get; set; } = null!;
}

/// <summary>One step along the pipeline, with its date; the history is kept when a mentorship ends.</summary>
public sealed class MentorshipStatusChange : IAccountScoped
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public int MentorshipId { get; set; }
    public MentorshipStatus Status { get; set; }
    public DateOnly On { get; set; }
    public string? Note { get; set; }
}
