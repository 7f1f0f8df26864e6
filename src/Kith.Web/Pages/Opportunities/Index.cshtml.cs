using Kith.Core.Common;
using Kith.Core.Opportunities;
using Kith.Core.People;
using Kith.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.Opportunities;

/// <summary>Places to meet people (associations, leagues, committees…) and a form to add one.</summary>
public sealed class IndexModel(OpportunityService opportunities, PeopleService people) : OpportunityFormPageModel(opportunities, people)
{
    public Page<OpportunitySummary> Results { get; private set; } = null!;
    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken ct) => await LoadAsync(pageNumber, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var added = await Opportunities.CreateAsync(Input.ToInput(), ct);
            Flash($"Added {added.Name}. Next, add its next event.");
            return RedirectToPage("/Opportunities/Details", null, new { id = added.Id }, "events");
        }
        catch (ValidationFailedException failure)
        {
            ShowErrors(failure, nameof(Input));
        }
        await LoadAsync(null, ct);
        return Page();
    }

    private async Task LoadAsync(int? pageNumber, CancellationToken ct)
    {
        Results = await Opportunities.ListAsync(pageNumber, null, ct);
        Pager = Pager.For("Pages of opportunities", Results, p => p > 1 ? $"/opportunities?page={p}" : "/opportunities");
        await LoadBuddiesAsync(ct);
    }
}
