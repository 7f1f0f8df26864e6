using Kith.Core.Mentoring;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.Mentoring.Mentorships;

/// <summary>Deleting a mentorship loses its history, so it takes a second step that offers ending it instead.</summary>
public sealed class DeleteModel(MentorshipService mentorships) : MentoringPageModel
{
    public MentorshipDetail Mentorship { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken ct) => Mentorship = await mentorships.GetAsync(id, ct);

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        Mentorship = await mentorships.GetAsync(id, ct);
        await mentorships.DeleteAsync(id, ct);
        Flash($"Deleted the mentorship with {Mentorship.Summary.Name}.");
        return RedirectToPage("/Mentoring/Mentorships/Index");
    }
}
