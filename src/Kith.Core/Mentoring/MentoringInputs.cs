namespace Kith.Core.Mentoring;

/// <summary>A goal as a form or the API sends it. Horizon: one-year, two-years, long-term. Status: active, achieved, dropped.</summary>
public sealed record GoalInput(
    string? Title,
    string? Description = null,
    string? Horizon = null,
    string? TargetOn = null,
    string? Status = null,
    IReadOnlyList<string>? Areas = null);

public sealed record GoalNoteInput(string? Text);

/// <summary>Status: active (the default), achieved, dropped or all. Horizon: one-year, two-years, long-term.</summary>
public sealed record GoalQuery(string? Status = null, string? Horizon = null, int? Page = null, int? PageSize = null);

/// <summary>
/// A mentorship as a form or the API sends it: a person, or while I am still looking, whom I am
/// seeking ("someone who has led a reorganisation"). Kind: guardian-angel, shepherd, board-member.
/// Status: candidate, asked, active, paused, ended. Meeting rhythm: every <see cref="MeetEvery"/> days, weeks or months.
/// </summary>
public sealed record MentorshipInput(
    int? PersonId,
    string? Seeking = null,
    string? Kind = null,
    IReadOnlyList<string>? Areas = null,
    string? Status = null,
    string? AskOn = null,
    string? Expectations = null,
    int? MeetEvery = null,
    string? MeetUnit = null);

/// <summary>Moving a mentorship along its pipeline; <see cref="On"/> defaults to today.</summary>
public sealed record StatusChangeInput(string? Status, string? On = null, string? Note = null);

/// <summary>"current" (everything not ended, the default), "ended" or "all".</summary>
public sealed record MentorshipQuery(string? Status = null, int? PersonId = null, int? Page = null, int? PageSize = null);

/// <summary>
/// A meeting to arrange: one time schedules it; several are offered to the mentor to choose from.
/// Times are local (YYYY-MM-DDTHH:MM in my zone) or carry their own offset.
/// </summary>
public sealed record MeetingInput(
    IReadOnlyList<string>? Times,
    int? DurationMinutes = null,
    string? Location = null,
    string? PrepNotes = null);

/// <summary>What happened: the day it was held (default: the day it was scheduled, or today) and my notes after.</summary>
public sealed record MeetingRecordInput(string? Notes, string? HeldOn = null, string? PrepNotes = null);

/// <summary>Kind: request (my mentor asked me) or commitment (I promised). Dates YYYY-MM-DD; AskedOn defaults to today.</summary>
public sealed record CommitmentInput(string? Kind, string? Description, string? AskedOn = null, string? DueOn = null);

/// <summary>"open" (the default), "done" or "all".</summary>
public sealed record CommitmentQuery(int? MentorshipId = null, string? Status = null, int? Page = null, int? PageSize = null);
