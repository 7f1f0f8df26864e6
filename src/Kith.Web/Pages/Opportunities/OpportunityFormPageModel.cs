using Kith.Core.Opportunities;
using Kith.Core.People;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.Opportunities;

/// <summary>What the list (with its add form) and the edit page share: the form and the buddies it offers.</summary>
public abstract class OpportunityFormPageModel(OpportunityService opportunities, PeopleService people) : KithPageModel
{
    [BindProperty]
    public OpportunityForm Input { get; set; } = new() { Kind = "association" };

    /// <summary>Who could come along (anyone but me).</summary>
    public IReadOnlyList<PersonRef> Buddies { get; private set; } = [];

    protected OpportunityService Opportunities => opportunities;

    protected async Task LoadBuddiesAsync(CancellationToken ct) =>
        Buddies = await people.PickListAsync(includeMe: false, alwaysInclude: Input.BuddyId, ct: ct);
}
