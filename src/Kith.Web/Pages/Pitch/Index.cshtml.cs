using Kith.Core.Common;
using Kith.Core.Pitch;
using Kith.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.Pitch;

/// <summary>My pitch: one version per audience, how long each takes to say, and a log of practice runs.</summary>
public sealed class IndexModel(PitchService pitches, AccountClock clock) : KithPageModel
{
    /// <summary>One audience's card. Key prefixes its fields' error keys and ids ("Everyday.Text", "EverydayPractice.Rating").</summary>
    public sealed record PitchCard(PitchAudience Audience, PitchView? Pitch)
    {
        public string Token => Vocabulary.Token(Audience);
        public string Key => Audience.ToString();
        public string PracticeKey => Key + "Practice";
    }

    public IReadOnlyList<PitchCard> Cards { get; private set; } = [];
    public DateOnly Today { get; private set; }

    // Each card has its own forms; only the one that failed shows what was typed.
    private (PitchAudience Audience, string? Text)? _failedText;
    private (int PitchId, PracticeForm Form)? _failedPractice;

    public string? TextFor(PitchCard card) =>
        _failedText is { } f && f.Audience == card.Audience ? f.Text : card.Pitch?.Text;

    public PracticeForm PracticeFor(PitchCard card) =>
        _failedPractice is { } f && f.PitchId == card.Pitch?.Id ? f.Form : PracticeForm.Default(Today);

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostSaveAsync(string? audience, string? text, CancellationToken ct)
    {
        var card = Vocabulary.TryParse<PitchAudience>(audience, out var parsed) ? parsed : PitchAudience.Everyday;
        try
        {
            var saved = await pitches.SaveAsync(new PitchInput(audience, text), ct);
            Flash($"Saved “{Show.Audience(saved.Audience)}”: {Show.Count(saved.Words, "word", "words")}, about {Show.Seconds(saved.SpeakingSeconds)} to say.");
            return RedirectToPage(null, null, null, $"pitch-{Vocabulary.Token(saved.Audience)}");
        }
        catch (ValidationFailedException failure)
        {
            ShowErrors(failure, card.ToString(), new Dictionary<string, string> { ["Audience"] = $"{card}.Text" });
            _failedText = (card, text);
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostPracticeAsync(int pitchId, [FromForm(Name = "Practice")] PracticeForm practice, CancellationToken ct)
    {
        try
        {
            var pitch = await pitches.AddPracticeAsync(pitchId, practice.ToInput(), ct);
            Flash($"Logged a practice of {Show.Seconds(practice.DurationSeconds!.Value)}, rated {practice.Rating} of 5.");
            return RedirectToPage(null, null, null, $"pitch-{Vocabulary.Token(pitch.Audience)}");
        }
        catch (ValidationFailedException failure)
        {
            var pitch = await pitches.GetAsync(pitchId, ct);
            ShowErrors(failure, pitch.Audience + "Practice");
            _failedPractice = (pitchId, practice);
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Today = await clock.TodayAsync(ct);
        var saved = await pitches.ListAsync(ct);
        Cards = Enum.GetValues<PitchAudience>().Select(a => new PitchCard(a, saved.FirstOrDefault(p => p.Audience == a))).ToList();
    }

    /// <summary>What each version is for, shown under its heading.</summary>
    public static string Purpose(PitchAudience audience) => audience switch
    {
        PitchAudience.Everyday => "For a colleague at lunch or in the lift: who you are, what you work on now, and something they could ask you about.",
        PitchAudience.Event => "For a mixer or a conference: where you work, what you do, and what you would like to hear about from the people there.",
        _ => "For a job search: what you do best, what you have done, and the kind of role you are looking for.",
    };
}
