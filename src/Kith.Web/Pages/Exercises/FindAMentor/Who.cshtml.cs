using System.Globalization;
using Kith.Core.Common;
using Kith.Core.Mentoring;
using Kith.Core.People;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.Exercises.FindAMentor;

/// <summary>
/// Step 2: who could mentor me in the area — someone suggested from my network, anyone else I know,
/// or a placeholder "someone who…" — and what kind of mentor. Posting saves a candidate mentorship,
/// so the boss rule is checked here, next to the person chosen.
/// </summary>
public sealed class WhoModel(BoardService board, PeopleService people, MentorshipService mentorships) : ExercisePageModel
{
    [BindProperty]
    public WhoForm Input { get; set; } = new();

    public string Area { get; private set; } = "";

    /// <summary>The mentorship this step saved before, when I came back to change my choice.</summary>
    public int? MentorshipId { get; private set; }

    public IReadOnlyList<MentorSuggestion> Candidates { get; private set; } = [];

    /// <summary>Everyone I know, for a mentor the suggestions missed (my boss too: the core explains why not).</summary>
    public IReadOnlyList<PersonRef> Everyone { get; private set; } = [];

    public ExerciseSteps Steps => FindAMentorSteps.At(2);

    public async Task<IActionResult> OnGetAsync(string? area, int? mentorship, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(area)) return RedirectToPage("Area");
        Input.Kind = ExerciseText.DefaultKind;
        await LoadAsync(area, mentorship, ct);
        if (mentorship is { } id)
            Input = WhoForm.From(await mentorships.GetAsync(id, ct), Candidates);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? area, int? mentorship, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(area)) return RedirectToPage("Area");
        var (source, personId, seeking) = Input.Resolve();
        try
        {
            if (source == WhoSource.Listed && personId is null)
                throw ValidationFailedException.For(nameof(MentorshipInput.PersonId), "Choose the person from the list.");
            MentorshipDetail saved;
            if (mentorship is { } id)
            {
                var existing = await mentorships.GetAsync(id, ct);
                saved = await mentorships.UpdateAsync(id, existing.AsInput() with { PersonId = personId, Seeking = seeking, Kind = Input.Kind }, ct);
            }
            else
            {
                saved = await mentorships.CreateAsync(new MentorshipInput(personId, seeking, Input.Kind, [area.Trim()]), ct);
            }
            return RedirectToPage("When", new { mentorship = saved.Summary.Id });
        }
        catch (ValidationFailedException failure)
        {
            ShowErrors(failure, field => FieldName(field) switch
            {
                nameof(MentorshipInput.PersonId) => source switch
                {
                    WhoSource.Listed => "Input.OtherPersonId",
                    WhoSource.Seeking => "Input.Seeking",
                    _ => "Input.Who",
                },
                nameof(MentorshipInput.Seeking) => "Input.Seeking",
                nameof(MentorshipInput.Kind) => "Input.Kind",
                _ => "Input.Who",
            });
        }
        await LoadAsync(area, mentorship, ct);
        return Page();
    }

    private async Task LoadAsync(string area, int? mentorship, CancellationToken ct)
    {
        Area = area.Trim();
        MentorshipId = mentorship;
        Candidates = await board.CandidatesAsync(Area, 10, ct);
        Everyone = await people.PickListAsync(includeMe: false, alwaysInclude: Input.OtherPersonId, ct: ct);
    }
}

public enum WhoSource
{
    None,
    Suggested,
    Listed,
    Seeking,
}

/// <summary>The choice as posted: <see cref="Who"/> is a suggested person's id, "other" (see <see cref="OtherPersonId"/>) or "seeking".</summary>
public sealed class WhoForm
{
    public const string Other = "other";
    public const string Looking = "seeking";

    public string? Who { get; set; }
    public int? OtherPersonId { get; set; }
    public string? Seeking { get; set; }
    public string? Kind { get; set; }

    /// <summary>What was meant. Filling in only the list or only the text counts as choosing it, since without scripts the radio is easy to forget.</summary>
    public (WhoSource Source, int? PersonId, string? Seeking) Resolve()
    {
        var who = Who?.Trim();
        if (int.TryParse(who, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return (WhoSource.Suggested, id, null);
        var wrote = !string.IsNullOrWhiteSpace(Seeking);
        if (who == Other || (string.IsNullOrEmpty(who) && OtherPersonId is not null && !wrote)) return (WhoSource.Listed, OtherPersonId, null);
        if (who == Looking || (string.IsNullOrEmpty(who) && wrote)) return (WhoSource.Seeking, null, Seeking);
        return (WhoSource.None, null, null);
    }

    public static WhoForm From(MentorshipDetail detail, IReadOnlyList<MentorSuggestion> candidates)
    {
        var m = detail.Summary;
        var form = new WhoForm { Kind = Vocabulary.Token(m.Kind) };
        if (m.PersonId is not { } personId)
        {
            form.Who = Looking;
            form.Seeking = m.Seeking;
        }
        else if (candidates.Any(c => c.PersonId == personId))
        {
            form.Who = personId.ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            form.Who = Other;
            form.OtherPersonId = personId;
        }
        return form;
    }
}
