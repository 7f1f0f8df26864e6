using Kith.Core.Opportunities;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.Opportunities;

/// <summary>Deleting an opportunity takes its events with it, so it takes a second, deliberate step.</summary>
public sealed class DeleteModel(OpportunityService opportunities) : KithPageModel
{
    public OpportunityDetail Opportunity { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken ct) => Opportunity = await opportunities.GetAsync(id, ct);

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        Opportunity = await opportunities.GetAsync(id, ct);
        await opportunities.DeleteAsync(id, ct);
        Flash($"Deleted {Opportunity.Name}. The people you met there stay in your people.");
        return RedirectToPage("/Opportunities/Index");
    }
}
