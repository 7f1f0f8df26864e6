using System.Globalization;
using Kith.Core.Common;
using Kith.Core.KeepInTouch;
using Kith.Core.Opportunities;
using Kith.Core.People;

namespace Kith.Web.Tests.Pages.Networking;

/// <summary>Records the networking page tests start from, made through the core services.</summary>
internal static class NetworkingSetup
{
    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    public static Task<OpportunityDetail> AddOpportunityAsync(this PageClient client, string name, int? buddyId = null) =>
        client.WithServiceAsync<OpportunityDetail, OpportunityService>(s => s.CreateAsync(new OpportunityInput(name, "mixer", BuddyId: buddyId)));

    /// <summary>StartsAt is local time in the account's zone; the fake clock's "now" is Mon 16 Mar 2026 06:00 there.</summary>
    public static Task<EventView> AddEventAsync(this PageClient client, int opportunityId, string title, string startsAt) =>
        client.WithServiceAsync<EventView, OpportunityService>(s => s.AddEventAsync(opportunityId, new EventInput(title, startsAt)));

    public static async Task<PersonDetail?> FindPersonAsync(this PageClient client, string name)
    {
        var found = await client.WithServiceAsync<IReadOnlyList<PersonRef>, PeopleService>(s => s.FindAsync(name));
        return found.Count == 1 ? await client.WithServiceAsync<PersonDetail, PeopleService>(s => s.GetAsync(found[0].Id)) : null;
    }

    public static async Task<IReadOnlyList<FollowUpView>> OpenFollowUpsAsync(this PageClient client, int personId) =>
        (await client.WithServiceAsync<Page<FollowUpView>, KeepInTouchService>(s =>
            s.ListFollowUpsAsync(new FollowUpQuery { PersonId = personId, Status = "open", PageSize = 100 }))).Items;
}
