using Kith.Core.Common;
using Kith.Core.Opportunities;
using Kith.Core.People;
using Kith.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.Introductions;

/// <summary>Introductions by status, each with its next step: asked, introduced, met.</summary>
public sealed class IndexModel(IntroductionService introductions, PeopleService people, AccountClock clock) : KithPageModel
{
    public sealed record StatusGroup(IntroductionStatus Status, IReadOnlyList<IntroductionView> Items, int TotalCount);

    public IReadOnlyList<StatusGroup> Groups { get; private set; } = [];
    public IReadOnlyList<PersonRef> People { get; private set; } = [];
    public DateOnly Today { get; private set; }

    // Every item has its own forms; only the one that failed shows what was typed.
    private (int Id, StepForm Form)? _failedStep;
    private (int Id, MeetingForm Form)? _failedMeeting;

    public StepForm StepFor(IntroductionView intro) =>
        _failedStep is { } f && f.Id == intro.Id ? f.Form : StepForm.Next(intro, Today);

    public MeetingForm MeetingFor(IntroductionView intro) =>
        _failedMeeting is { } f && f.Id == intro.Id ? f.Form : MeetingForm.For(intro, Today);

    public bool MeetingFailed(IntroductionView intro) => _failedMeeting?.Id == intro.Id;

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostStepAsync(int introId, [FromForm(Name = "Step")] StepForm step, CancellationToken ct)
    {
        try
        {
            var intro = await introductions.AdvanceAsync(introId, step.ToInput(), ct);
            Flash(intro.Status == IntroductionStatus.Asked
                ? $"Noted: you asked {intro.Connector.DisplayName} to introduce you to {intro.Whom}."
                : $"Noted: {intro.Connector.DisplayName} introduced you to {intro.Whom}. Next, meet them.");
            return RedirectToPage(null, null, null, $"intro-{introId}");
        }
        catch (ValidationFailedException failure)
        {
            var prefix = $"Step{introId}";
            ShowErrors(failure, prefix, new Dictionary<string, string> { ["Status"] = $"{prefix}.On" });
            _failedStep = (introId, step);
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostMetAsync(int introId, [FromForm(Name = "Met")] MeetingForm met, CancellationToken ct)
    {
        try
        {
            var intro = await introductions.AdvanceAsync(introId, met.ToInput(), ct);
            Flash($"Met {intro.Whom}, introduced by {intro.Connector.DisplayName}. Kith logged the meeting and set two follow-ups: "
                + $"thank {intro.Connector.DisplayName} for the introduction, and follow up with {intro.Whom}.");
            return RedirectToPage(null, null, null, $"intro-{introId}");
        }
        catch (ValidationFailedException failure)
        {
            var prefix = $"Met{introId}";
            ShowErrors(failure, prefix, new Dictionary<string, string>
            {
                ["Status"] = $"{prefix}.On",
                ["Met"] = $"{prefix}.PersonId",
                ["DueOn"] = $"{prefix}.On",
            });
            _failedMeeting = (introId, met);
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int introId, CancellationToken ct)
    {
        var intro = await introductions.GetAsync(introId, ct);
        await introductions.DeleteAsync(introId, ct);
        Flash($"Removed the introduction to {intro.Whom} through {intro.Connector.DisplayName}.");
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Today = await clock.TodayAsync(ct);
        var groups = new List<StatusGroup>();
        foreach (var status in Enum.GetValues<IntroductionStatus>())
        {
            var page = await introductions.ListAsync(Vocabulary.Token(status), 1, Paging.MaxSize, ct);
            groups.Add(new StatusGroup(status, page.Items, page.TotalCount));
        }
        Groups = groups;
        People = await people.PickListAsync(includeMe: false, ct: ct);
    }

    /// <summary>"asked Tue 17 Mar 2026": the day of the step the introduction is at.</summary>
    public static string When(IntroductionView intro) => intro.Status switch
    {
        IntroductionStatus.Asked when intro.AskedOn is { } d => "asked " + Show.Day(d),
        IntroductionStatus.Introduced when intro.IntroducedOn is { } d => "introduced " + Show.Day(d),
        IntroductionStatus.Met when intro.MetOn is { } d => "met " + Show.Day(d),
        _ => "",
    };
}
