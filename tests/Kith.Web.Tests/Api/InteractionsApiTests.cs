using System.Net;
using Kith.Core.Interactions;
using Kith.Core.People;

namespace Kith.Web.Tests.Api;

public sealed class InteractionsApiTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<InteractionView> LogAsync(string occurredAt, string summary, params int[] personIds) =>
        await (await _client.PostJsonAsync("/api/v1/interactions", new InteractionInput
        {
            PersonIds = personIds, OccurredAt = occurredAt, Kind = "coffee", Summary = summary,
        })).ReadAsync<InteractionView>(HttpStatusCode.Created);

    private async Task<int> CountInteractionsAsync() =>
        (await _client.GetOkAsync<PageBody<InteractionView>>("/api/v1/interactions?pageSize=1")).TotalCount;

    [Fact]
    public async Task Log_ValidInteraction_Returns201WithLocationAndEveryoneInIt()
    {
        var ana = await _client.CreatePersonAsync("Ana", "Lima");
        var ben = await _client.CreatePersonAsync("Ben");

        var response = await _client.PostJsonAsync("/api/v1/interactions", new
        {
            personIds = new[] { ben.Id, ana.Id }, occurredAt = "2026-03-10T12:30", kind = "lunch", summary = "Lunch at the market", exchange = "gave",
        });

        var logged = await response.ReadAsync<InteractionView>(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/interactions/{logged.Id}", response.Headers.Location?.AbsolutePath);
        var json = await (await _client.GetAsync(response.Headers.Location)).ReadJsonAsync();
        Assert.Equal("lunch", json.GetProperty("kind").GetString());
        Assert.Equal("gave", json.GetProperty("exchange").GetString());
        Assert.Equal(["Ana Lima", "Ben"], json.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("displayName").GetString()));
        Assert.EndsWith("Z", json.GetProperty("occurredAt").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Log_Interaction_BecomesThePersonsLastContact()
    {
        var ana = await _client.CreatePersonAsync("Ana");

        var logged = await LogAsync("2026-03-12", "Coffee", ana.Id);

        var person = await _client.GetOkAsync<PersonDetail>($"/api/v1/people/{ana.Id}");
        Assert.Equal(logged.OccurredAt, person.LastInteractionAt);
    }

    [Fact]
    public async Task Timeline_Paging_NewestFirst()
    {
        var ana = await _client.CreatePersonAsync("Ana");
        var ben = await _client.CreatePersonAsync("Ben");
        await LogAsync("2026-01-05", "January", ana.Id);
        await LogAsync("2026-03-01", "March", ana.Id, ben.Id);
        await LogAsync("2026-02-10", "February", ana.Id);
        await LogAsync("2026-03-05", "Ben alone", ben.Id);

        var first = await _client.GetOkAsync<PageBody<InteractionView>>($"/api/v1/people/{ana.Id}/interactions?pageSize=2");
        var second = await _client.GetOkAsync<PageBody<InteractionView>>($"/api/v1/people/{ana.Id}/interactions?pageSize=2&page=2");

        Assert.Equal(["March", "February"], first.Items.Select(i => i.Summary));
        Assert.Equal((3, 2, true), (first.TotalCount, first.TotalPages, first.HasNext));
        Assert.Equal(["January"], second.Items.Select(i => i.Summary));
        Assert.True(second.HasPrevious);
    }

    [Fact]
    public async Task List_All_NewestFirstAcrossPeople()
    {
        var ana = await _client.CreatePersonAsync("Ana");
        var ben = await _client.CreatePersonAsync("Ben");
        var older = await LogAsync("2026-03-13", "Older", ana.Id);
        var newer = await LogAsync("2026-03-14", "Newer", ben.Id);

        var page = await _client.GetOkAsync<PageBody<InteractionView>>("/api/v1/interactions?pageSize=200");

        var ids = page.Items.Select(i => i.Id).ToList();
        Assert.True(ids.IndexOf(newer.Id) < ids.IndexOf(older.Id));
        Assert.Equal(page.TotalCount, await CountInteractionsAsync());
    }

    [Fact]
    public async Task Delete_Interaction_LastContactFallsBackToThePreviousOne()
    {
        var ana = await _client.CreatePersonAsync("Ana");
        var earlier = await LogAsync("2026-02-01", "Earlier", ana.Id);
        var later = await LogAsync("2026-03-01", "Later", ana.Id);

        var response = await _client.DeleteAsync($"/api/v1/interactions/{later.Id}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(earlier.OccurredAt, (await _client.GetOkAsync<PersonDetail>($"/api/v1/people/{ana.Id}")).LastInteractionAt);
        await (await _client.GetAsync($"/api/v1/interactions/{later.Id}")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Log_PersonIdsNotAList_Returns400OnPersonIdsAndLogsNothing()
    {
        var before = await CountInteractionsAsync();

        var errors = await (await _client.SendRawAsync(HttpMethod.Post, "/api/v1/interactions", """{ "personIds": "abc", "summary": "Coffee" }"""))
            .ReadFieldErrorsAsync("personIds");

        Assert.Equal(["Expected a list of whole numbers."], errors["personIds"]);
        Assert.Equal(before, await CountInteractionsAsync());
    }

    [Fact]
    public async Task Log_UnknownPerson_Returns400OnPersonIdsAndLogsNothing()
    {
        var ana = await _client.CreatePersonAsync("Ana");
        var before = await CountInteractionsAsync();

        var errors = await (await _client.PostJsonAsync("/api/v1/interactions", new { personIds = new[] { ana.Id, 999999 }, summary = "Coffee" }))
            .ReadFieldErrorsAsync("personIds");

        Assert.Equal(["There is no person with id 999999."], errors["personIds"]);
        Assert.Equal(before, await CountInteractionsAsync());
        Assert.Null((await _client.GetOkAsync<PersonDetail>($"/api/v1/people/{ana.Id}")).LastInteractionAt);
    }

    [Fact]
    public async Task Log_ImpossibleDateAndNoSummary_Returns400OnBothAndLogsNothing()
    {
        var ana = await _client.CreatePersonAsync("Ana");
        var before = await CountInteractionsAsync();

        var errors = await (await _client.PostJsonAsync("/api/v1/interactions", new { personIds = new[] { ana.Id }, occurredAt = "2026-02-30", kind = "dinner" }))
            .ReadFieldErrorsAsync("occurredAt", "summary", "kind");

        Assert.Contains("'2026-02-30' is not a valid date", errors["occurredAt"][0], StringComparison.Ordinal);
        Assert.Equal(before, await CountInteractionsAsync());
    }

    [Fact]
    public async Task Timeline_UnknownPerson_Returns404()
    {
        var problem = await (await _client.GetAsync("/api/v1/people/999999/interactions")).ReadProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal("Person not found.", problem.Title);
    }

    [Fact]
    public async Task GetAndDelete_UnknownInteraction_Return404()
    {
        var get = await (await _client.GetAsync("/api/v1/interactions/999999")).ReadProblemAsync(HttpStatusCode.NotFound);
        var delete = await (await _client.DeleteAsync("/api/v1/interactions/999999")).ReadProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal("Interaction not found.", get.Title);
        Assert.Equal("Interaction not found.", delete.Title);
    }
}
