using Kith.Core.People;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.Mentoring.Mentorships;

/// <summary>What the new and edit pages share: the form and the people it offers.</summary>
public abstract class MentorshipFormPageModel(PeopleService people) : MentoringPageModel
{
    [BindProperty]
    public MentorshipForm Input { get; set; } = new();

    /// <summary>Everyone who could be a mentor (never me); the boss rule is checked on save, with its reason.</summary>
    public IReadOnlyList<PersonRef> PickList { get; private set; } = [];

    protected async Task LoadChoicesAsync(CancellationToken ct) =>
        PickList = await people.PickListAsync(includeMe: false, alwaysInclude: Input.PersonId, ct: ct);
}
