using System.Net;
using System.Text.Json;
using Kith.Core.KeepInTouch;
using Kith.Core.People;
using Kith.Core.Plan;

namespace Kith.Web.Tests.Api;

/// <summary>Setting up a weekly plan and a network to plan with, the way a client would, through the API.</summary>
public static class PlanApiClient
{
    public static async Task<SlotView> AddSlotAsync(this HttpClient client, SlotInput input) =>
        await (await client.PostJsonAsync("/api/v1/plan/slots", input)).ReadAsync<SlotView>(HttpStatusCode.Created);

    public static Task<PlanView> GetPlanAsync(this HttpClient client, int weeks = 8) =>
        client.GetOkAsync<PlanView>($"/api/v1/plan?weeks={weeks}");

    /// <summary>The URL of an action on one day's occurrence of a slot.</summary>
    public static string Occurrence(int slotId, DateOnly on, string action) => $"/api/v1/plan/slots/{slotId}/occurrences/{on.Iso()}/{action}";

    public static async Task LogAsync(this HttpClient client, int personId, DateOnly on, string kind = "coffee", string exchange = "neither") =>
        await (await client.PostJsonAsync("/api/v1/interactions", new { personIds = new[] { personId }, occurredAt = on.Iso(), kind, summary = "Catch-up", exchange }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);

    public static async Task SetCadenceAsync(this HttpClient client, int personId, int everyDays) =>
        await (await client.PutJsonAsync($"/api/v1/people/{personId}/cadence", new { every = everyDays })).ReadAsync<CadenceView>();

    /// <summary>A network of 30: 10 colleagues I keep in touch with (cadences now due), and 20 I barely know, across six departments.</summary>
    public static async Task<Network> ThirtyPeopleAsync(this HttpClient client)
    {
        string[] departments = ["Finance", "Sales", "Engineering", "HR", "Legal", "Operations"];
        string[] levels = ["peer", "more-senior", "more-junior", ""];
        await client.UpdateMeAsync(department: "Finance");
        var today = await client.TodayAsync();

        var known = new List<int>();
        for (var k = 0; k < 10; k++)
        {
            var person = await client.CreatePersonAsync(new PersonInput { FirstName = $"Known{k:00}", LastName = "Colleague", Department = departments[k % 6], Employer = "inside" });
            await client.LogAsync(person.Id, today.AddDays(-200 - k));
            await client.LogAsync(person.Id, today.AddDays(-61 - 3 * k));
            await client.SetCadenceAsync(person.Id, 60);
            known.Add(person.Id);
        }
        var fresh = new List<int>();
        for (var i = 0; i < 20; i++)
        {
            var person = await client.CreatePersonAsync(new PersonInput
            {
                FirstName = $"New{i:00}", LastName = "Acquaintance", Department = departments[i % 6], Level = levels[i % 4], Employer = i % 5 == 0 ? "outside" : "inside",
            });
            fresh.Add(person.Id);
        }
        return new Network(known, fresh);
    }

    /// <summary>The people of <see cref="ThirtyPeopleAsync"/>: those with cadences, and those new to me.</summary>
    public sealed record Network(IReadOnlyList<int> Known, IReadOnlyList<int> New);
}
