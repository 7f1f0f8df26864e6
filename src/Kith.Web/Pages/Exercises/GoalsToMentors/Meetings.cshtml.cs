using Kith.Core.Common;
using Kith.Core.Mentoring;
using Kith.Web.Pages.Exercises.FindAMentor;
using Kith.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.Exercises.GoalsToMentors;

/// <summary>
/// Step 4: first meetings, scheduled now. For each new mentorship, the day to ask (which puts it on
/// the agenda) and, with a real person, optionally a time to meet (which schedules the meeting).
/// </summary>
public sealed class MeetingsModel(MentorshipService mentorshipService, AccountClock clock) : ExercisePageModel
{
    [BindProperty]
    public MeetingsForm Input { get; set; } = new();

    public IReadOnlyList<MentorshipDetail> Mentorships { get; private set; } = [];

    public string GoalIds { get; private set; } = "";

    public string MentorshipIds { get; private set; } = "";

    public ExerciseSteps Steps => GoalsToMentorsSteps.At(4);

    public async Task<IActionResult> OnGetAsync(string? goals, string? mentorships, CancellationToken ct)
    {
        await LoadAsync(goals, mentorships, ct);
        if (Mentorships.Count == 0) return RedirectToPage("Mentors", new { goals = GoalIds });
        Input.Mentorships = Mentorships.Select(m => new MeetingLine
        {
            AskOn = Show.Iso(m.Summary.AskOn ?? Today.AddDays(WhenModel.DefaultDaysToAsk)),
        }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? goals, string? mentorships, CancellationToken ct)
    {
        await LoadAsync(goals, mentorships, ct);
        if (Mentorships.Count == 0) return RedirectToPage("Mentors", new { goals = GoalIds });
        while (Input.Mentorships.Count < Mentorships.Count) Input.Mentorships.Add(new MeetingLine());

        // Every day is checked before anything is saved; the core accepts past days, the exercise is about acting now.
        for (var k = 0; k < Mentorships.Count; k++)
        {
            var askOn = Input.Mentorships[k].AskOn;
            if (string.IsNullOrWhiteSpace(askOn))
                ShowError(Key(k, nameof(MeetingLine.AskOn)), $"Choose the day you will ask {Mentorships[k].Summary.Name}.");
            else if (ParseDay(askOn) is { } day && day < Today)
                ShowError(Key(k, nameof(MeetingLine.AskOn)), $"{Show.Day(day)} has passed; choose today or a later day.");
        }
        if (ModelState.ErrorCount > 0) return Page();

        for (var k = 0; k < Mentorships.Count; k++)
        {
            var mentorship = Mentorships[k];
            var line = Input.Mentorships[k];
            try
            {
                await mentorshipService.UpdateAsync(mentorship.Summary.Id, mentorship.AsInput() with { AskOn = line.AskOn }, ct);
            }
            catch (ValidationFailedException failure)
            {
                ShowErrors(failure, _ => Key(k, nameof(MeetingLine.AskOn)));
                continue;
            }
            if (!CanPropose(mentorship) || string.IsNullOrWhiteSpace(line.MeetingAt)) continue;
            try
            {
                await mentorshipService.ProposeMeetingAsync(mentorship.Summary.Id, new MeetingInput([line.MeetingAt]), ct);
            }
            catch (ValidationFailedException failure)
            {
                ShowErrors(failure, _ => Key(k, nameof(MeetingLine.MeetingAt)));
            }
        }
        if (ModelState.ErrorCount == 0)
            return RedirectToPage("Done", new { goals = GoalIds, mentorships = MentorshipIds });

        // Meetings arranged before the mistake now show as arranged, so posting again does not arrange them twice.
        await LoadAsync(goals, mentorships, ct);
        return Page();
    }

    /// <summary>Only a real person can be met, and one first meeting is enough.</summary>
    public static bool CanPropose(MentorshipDetail mentorship) =>
        mentorship.Summary.PersonId is not null && UpcomingMeeting(mentorship) is null;

    public static MeetingView? UpcomingMeeting(MentorshipDetail mentorship) =>
        mentorship.Meetings.FirstOrDefault(m => m.Status is MeetingStatus.Scheduled or MeetingStatus.Proposed);

    public static string Key(int row, string field) => $"{nameof(Input)}.{nameof(MeetingsForm.Mentorships)}[{row}].{field}";

    private async Task LoadAsync(string? goalIds, string? mentorshipIds, CancellationToken ct)
    {
        Today = await clock.TodayAsync(ct);
        GoalIds = IdList.Format(IdList.Parse(goalIds));
        var found = new List<MentorshipDetail>();
        foreach (var id in IdList.Parse(mentorshipIds))
            found.Add(await mentorshipService.GetAsync(id, ct));
        Mentorships = found;
        MentorshipIds = IdList.Format(found.Select(m => m.Summary.Id));
    }
}

public sealed class MeetingsForm
{
    public List<MeetingLine> Mentorships { get; set; } = [];
}

public sealed class MeetingLine
{
    public string? AskOn { get; set; }

    /// <summary>A local date and time (YYYY-MM-DDTHH:MM) to propose; empty to arrange it later.</summary>
    public string? MeetingAt { get; set; }
}
