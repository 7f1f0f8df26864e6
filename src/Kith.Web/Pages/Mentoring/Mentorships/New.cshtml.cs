using Kith.Core.Common;
using Kith.Core.Mentoring;
using Kith.Core.People;
using Kith.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.Mentoring.Mentorships;

/// <summary>Making someone (or "someone who…") a mentor; ?personId= and ?area= fill the form in from the board or a person's page.</summary>
public sealed class NewModel(PeopleService people, MentorshipService mentorships) : MentorshipFormPageModel(people)
{
    public async Task OnGetAsync(int? personId, string? area, CancellationToken ct)
    {
        Input = MentorshipForm.Default(personId, area);
        await LoadChoicesAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var made = await mentorships.CreateAsync(Input.ToInput(), ct);
                Flash($"{Show.Capitalised(made.Summary.Name)} is now your {Show.MentorKind(made.Summary.Kind).ToLowerInvariant()} ({Show.MentorshipStatus(made.Summary.Status).ToLowerInvariant()}).");
                return RedirectToPage("/Mentoring/Mentorships/Details", new { id = made.Summary.Id });
            }
            catch (ValidationFailedException failure)
            {
                ShowErrors(failure, nameof(Input));
            }
        }
        await LoadChoicesAsync(ct);
        return Page();
    }
}
