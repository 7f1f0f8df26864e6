using Kith.Core.Common;
using Kith.Core.Opportunities;
using Kith.Core.People;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.Opportunities;

public sealed class EditModel(OpportunityService opportunities, PeopleService people) : OpportunityFormPageModel(opportunities, people)
{
    public OpportunityDetail Opportunity { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Opportunity = await Opportunities.GetAsync(id, ct);
        Input = OpportunityForm.From(Opportunity);
        await LoadBuddiesAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        Opportunity = await Opportunities.GetAsync(id, ct);
        try
        {
            var saved = await Opportunities.UpdateAsync(id, Input.ToInput(), ct);
            Flash($"Saved changes to {saved.Name}.");
            return RedirectToPage("/Opportunities/Details", new { id });
        }
        catch (ValidationFailedException failure)
        {
            ShowErrors(failure, nameof(Input));
        }
        await LoadBuddiesAsync(ct);
        return Page();
    }
}
