using Kith.Core.Common;
using Kith.Core.Mentoring;
using Kith.Core.People;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.Mentoring.Mentorships;

public sealed class EditModel(PeopleService people, MentorshipService mentorships) : MentorshipFormPageModel(people)
{
    public MentorshipDetail Mentorship { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Mentorship = await mentorships.GetAsync(id, ct);
        Input = MentorshipForm.From(Mentorship);
        await LoadChoicesAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        Mentorship = await mentorships.GetAsync(id, ct);
        if (ModelState.IsValid)
        {
            try
            {
                var saved = await mentorships.UpdateAsync(id, Input.ToInput(), ct);
                Flash($"Saved the mentorship with {saved.Summary.Name}.");
                return RedirectToPage("/Mentoring/Mentorships/Details", new { id });
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
