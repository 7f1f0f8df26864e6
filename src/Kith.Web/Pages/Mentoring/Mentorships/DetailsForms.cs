using System.Globalization;
using Kith.Core.Common;
using Kith.Core.Mentoring;

namespace Kith.Web.Pages.Mentoring.Mentorships;

/// <summary>Moving along the pipeline; names match <see cref="StatusChangeInput"/>.</summary>
public sealed class StatusForm
{
    public string? Status { get; set; }
    public string? On { get; set; }
    public string? Note { get; set; }

    /// <summary>Offers the step that usually comes next, dated today.</summary>
    public static StatusForm Next(MentorshipStatus now, DateOnly today) => new()
    {
        Status = Vocabulary.Token(now switch
        {
            MentorshipStatus.Candidate => MentorshipStatus.Asked,
            MentorshipStatus.Asked => MentorshipStatus.Active,
            MentorshipStatus.Active => MentorshipStatus.Paused,
            MentorshipStatus.Paused => MentorshipStatus.Active,
            _ => MentorshipStatus.Active,
        }),
        On = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public StatusChangeInput ToInput() => new(Status, On, Note);
}

/// <summary>Times to offer the mentor; one time schedules the meeting. Names match <see cref="MeetingInput"/>.</summary>
public sealed class MeetingForm
{
    /// <summary>How many time boxes the form offers; being flexible makes it easy to say yes.</summary>
    public const int TimeBoxes = 3;

    public List<string>? Times { get; set; }
    public int? DurationMinutes { get; set; }
    public string? Location { get; set; }
    public string? PrepNotes { get; set; }

    public static MeetingForm Default() => new() { DurationMinutes = 60 };

    /// <summary>What each time box shows: what was typed, then blanks.</summary>
    public string TimeAt(int index) => Times is { } t && index < t.Count ? t[index] : "";

    public MeetingInput ToInput() => new(Times, DurationMinutes, Location, PrepNotes);
}

/// <summary>Something my mentor asked of me, or I promised; names match <see cref="CommitmentInput"/>.</summary>
public sealed class CommitmentForm
{
    public string? Kind { get; set; }
    public string? Description { get; set; }
    public string? AskedOn { get; set; }
    public string? DueOn { get; set; }

    public static CommitmentForm Default(DateOnly today) => new()
    {
        Kind = Vocabulary.Token(CommitmentKind.Request),
        AskedOn = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DueOn = today.AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public CommitmentInput ToInput() => new(Kind, Description, AskedOn, DueOn);
}
