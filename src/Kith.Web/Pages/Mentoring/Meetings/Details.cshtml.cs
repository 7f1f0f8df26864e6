using System.Globalization;
using Kith.Core.Common;
using Kith.Core.KeepInTouch;
using Kith.Core.Mentoring;
using Kith.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.Mentoring.Meetings;

/// <summary>One mentoring meeting: the times offered, the one chosen, the invite, preparation and what I took away.</summary>
public sealed class DetailsModel(MentorshipService mentorships, KeepInTouchService keepInTouch, AccountClock clock) : MentoringPageModel
{
    // Errors about the meeting as a whole (held, cancelled, time not offered) show at the top.
    private static readonly string[] MeetingKeys = ["meetingId", "proposalId"];

    public MeetingView Meeting { get; private set; } = null!;
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public DateOnly Today { get; private set; }

    public PrepForm Prep { get; private set; } = null!;
    public RecordForm Record { get; private set; } = null!;

    public bool IsOpen => Meeting.Status is MeetingStatus.Proposed or MeetingStatus.Scheduled;

    /// <summary>Recording logs the meeting on the mentor's timeline, so it needs a mentor who is a person.</summary>
    public bool CanRecord => IsOpen && Meeting.PersonId is not null;

    public Task OnGetAsync(int id, CancellationToken ct) => LoadAsync(id, ct);

    public async Task<IActionResult> OnPostChooseAsync(int id, int proposalId, CancellationToken ct)
    {
        try
        {
            var chosen = await mentorships.ChooseTimeAsync(id, proposalId, ct);
            Flash($"{chosen.MentorName} chose {Show.Time(chosen.StartsAt!.Value)}. Download the invite and send it, or add it to your calendar.");
            return BackTo(id, null);
        }
        catch (ValidationFailedException failure)
        {
            ShowActionErrors(failure, "", MeetingKeys);
            return await RedisplayAsync(id, ct);
        }
    }

    public async Task<IActionResult> OnPostPrepAsync(int id, [FromForm(Name = nameof(Prep))] PrepForm prep, CancellationToken ct)
    {
        try
        {
            await mentorships.SavePrepAsync(id, prep.PrepNotes, ct);
            Flash("Preparation saved.");
            return BackTo(id, "prep");
        }
        catch (ValidationFailedException failure)
        {
            ShowActionErrors(failure, nameof(Prep), MeetingKeys);
            Prep = prep;
            return await RedisplayAsync(id, ct);
        }
    }

    public async Task<IActionResult> OnPostRecordAsync(int id, [FromForm(Name = nameof(Record))] RecordForm record, CancellationToken ct)
    {
        try
        {
            var held = await mentorships.RecordMeetingAsync(id, record.ToInput(), ct);
            Flash(await RecordedMessageAsync(held, ct));
            return BackTo(id, null);
        }
        catch (ValidationFailedException failure)
        {
            ShowActionErrors(failure, nameof(Record), MeetingKeys);
            Record = record;
            return await RedisplayAsync(id, ct);
        }
    }

    public async Task<IActionResult> OnPostCancelAsync(int id, CancellationToken ct)
    {
        try
        {
            var cancelled = await mentorships.CancelMeetingAsync(id, ct);
            Flash(cancelled.StartsAt is null
                ? $"Meeting with {cancelled.MentorName} cancelled."
                : $"Meeting with {cancelled.MentorName} cancelled. Download the cancellation so their calendar drops it too.");
            return BackTo(id, null);
        }
        catch (ValidationFailedException failure)
        {
            ShowActionErrors(failure, "", MeetingKeys);
            return await RedisplayAsync(id, ct);
        }
    }

    /// <summary>Says what recording did, naming the thank-you follow-up it created so the user knows where to find it.</summary>
    private async Task<string> RecordedMessageAsync(MeetingView held, CancellationToken ct)
    {
        var recorded = $"Recorded the meeting with {held.MentorName} on {Show.Day(held.HeldOn!.Value)}; it is on their timeline.";
        var followUps = await keepInTouch.ListFollowUpsAsync(new FollowUpQuery { PersonId = held.PersonId, Status = "open", PageSize = Paging.MaxSize }, ct);
        return followUps.Items.MaxBy(f => f.Id) is { } thanks
            ? $"{recorded} Follow-up added: {thanks.Description}, due {Show.Day(thanks.DueOn)}."
            : recorded;
    }

    private RedirectToPageResult BackTo(int id, string? section) => RedirectToPage(null, null, new { id }, section);

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Meeting = await mentorships.GetMeetingAsync(id, ct);
        Zone = await clock.ZoneAsync(ct);
        Today = await clock.TodayAsync(ct);
        Prep ??= new PrepForm { PrepNotes = Meeting.PrepNotes };
        Record ??= RecordForm.Default(Meeting, Today);
    }

    private async Task<IActionResult> RedisplayAsync(int id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return Page();
    }
}

public sealed class PrepForm
{
    public string? PrepNotes { get; set; }
}

/// <summary>What happened; names match <see cref="MeetingRecordInput"/>.</summary>
public sealed class RecordForm
{
    public string? HeldOn { get; set; }
    public string? Notes { get; set; }

    /// <summary>Held on the day it was scheduled, if that has come; otherwise today.</summary>
    public static RecordForm Default(MeetingView meeting, DateOnly today)
    {
        var day = meeting.StartsAt is { } at && DateOnly.FromDateTime(at.DateTime) <= today ? DateOnly.FromDateTime(at.DateTime) : today;
        return new() { HeldOn = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
    }

    public MeetingRecordInput ToInput() => new(Notes, HeldOn);
}
