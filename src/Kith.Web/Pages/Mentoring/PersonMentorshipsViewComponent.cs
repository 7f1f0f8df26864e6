using Kith.Core.Mentoring;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.Mentoring;

/// <summary>
/// The "Mentoring" card on a person's page: their mentorships, and a way to make them a mentor.
/// A view component, so the person page gains it without its page model knowing about mentoring.
/// </summary>
public sealed class PersonMentorshipsViewComponent(MentorshipService mentorships) : ViewComponent
{
    public sealed record Model(int PersonId, string FirstName, IReadOnlyList<MentorshipSummary> Mentorships);

    public async Task<IViewComponentResult> InvokeAsync(int personId, string firstName)
    {
        var page = await mentorships.ListAsync(new MentorshipQuery(Status: "all", PersonId: personId), HttpContext.RequestAborted);
        return View("/Pages/Mentoring/_PersonMentorships.cshtml", new Model(personId, firstName, page.Items));
    }
}
