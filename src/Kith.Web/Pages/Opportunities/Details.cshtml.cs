using Kith.Core.Common;
using Kith.Core.Opportunities;
using Kith.Core.People;
using Kith.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.Opportunities;

/// <summary>One opportunity: my membership, its events coming up and past, and a form to add the next one.</summary>
public sealed class DetailsModel(OpportunityService opportunities, PeopleService people, AccountClock clock) : KithPageModel
{
    public OpportunityDetail Opportunity { get; private set; } = null!;
    public IReadOnlyList<EventView> Upcoming { get; private set; } = [];
    public IReadOnlyList<EventView> Past { get; private set; } = [];
    public IReadOnlyList<PersonRef> Buddies { get; private set; } = [];

    public EventForm Event { get; private set; } = null!;

    public Task OnGetAsync(int id, CancellationToken ct) => LoadAsync(id, ct);

    public async Task<IActionResult> OnPostEventAsync(int id, [FromForm(Name = nameof(Event))] EventForm form, CancellationToken ct)
    {
        try
        {
            var added = await opportunities.AddEventAsync(id, form.ToInput(), ct);
            Flash($"Added {added.Title} on {Show.Time(added.StartsAt)}.");
            return RedirectToPage(null, null, new { id }, "events");
        }
        catch (ValidationFailedException failure)
        {
            ShowErrors(failure, nameof(Event));
            Event = form;
        }
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Opportunity = await opportunities.GetAsync(id, ct);
        var now = clock.UtcNow;
        // The core lists events newest first; what is coming reads best soonest first.
        Upcoming = Opportunity.Events.Where(e => e.StartsAt.UtcDateTime >= now).OrderBy(e => e.StartsAt).ToList();
        Past = Opportunity.Events.Where(e => e.StartsAt.UtcDateTime < now).ToList();
        Buddies = await people.PickListAsync(includeMe: false, ct: ct);
        Event ??= new EventForm();
    }
}
