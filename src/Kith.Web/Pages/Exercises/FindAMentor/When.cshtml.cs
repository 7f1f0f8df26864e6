using Kith.Core.Common;
using Kith.Core.Mentoring;
using Kith.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.Exercises.FindAMentor;

/// <summary>Step 3: the day I will ask (or start looking). Saving it puts the ask on my agenda.</summary>
public sealed class WhenModel(MentorshipService mentorships, AccountClock clock) : ExercisePageModel
{
    /// <summary>The ask defaults to a few days from now: soon enough to stay on this week's agenda, with time to prepare.</summary>
    public const int DefaultDaysToAsk = 3;

    [BindProperty]
    public WhenForm Input { get; set; } = new();

    public MentorshipDetail Mentorship { get; private set; } = null!;

    public ExerciseSteps Steps => FindAMentorSteps.At(3);

    /// <summary>Where "change" goes: step 2 for this mentorship, which updates it rather than adding another.</summary>
    public string ChangeLink => $"/exercises/find-a-mentor/who?area={Uri.EscapeDataString(Mentorship.Summary.Areas is [var area, ..] ? area : "")}&mentorship={Mentorship.Summary.Id}";

    public async Task OnGetAsync(int mentorship, CancellationToken ct)
    {
        await LoadAsync(mentorship, ct);
        Input.AskOn = Show.Iso(Mentorship.Summary.AskOn ?? Today.AddDays(DefaultDaysToAsk));
    }

    public async Task<IActionResult> OnPostAsync(int mentorship, CancellationToken ct)
    {
        await LoadAsync(mentorship, ct);
        try
        {
            // The core accepts any day; the exercise is about acting soon, so a day already gone is refused here.
            if (string.IsNullOrWhiteSpace(Input.AskOn))
                throw ValidationFailedException.For(nameof(WhenForm.AskOn), "Choose the day you will ask; without a day it tends not to happen.");
            if (ParseDay(Input.AskOn) is { } day && day < Today)
                throw ValidationFailedException.For(nameof(WhenForm.AskOn), $"{Show.Day(day)} has passed; choose today or a later day.");
            await mentorships.UpdateAsync(mentorship, Mentorship.AsInput() with { AskOn = Input.AskOn }, ct);
            return RedirectToPage("Done", new { mentorship });
        }
        catch (ValidationFailedException failure)
        {
            ShowErrors(failure, _ => $"{nameof(Input)}.{nameof(WhenForm.AskOn)}");
            return Page();
        }
    }

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Mentorship = await mentorships.GetAsync(id, ct);
        Today = await clock.TodayAsync(ct);
    }
}

public sealed class WhenForm
{
    public string? AskOn { get; set; }
}
