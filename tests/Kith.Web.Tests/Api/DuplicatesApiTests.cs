using System.Net;
using Kith.Core.Interactions;
using Kith.Core.People;

namespace Kith.Web.Tests.Api;

/// <summary>People recorded twice: found by /api/v1/duplicates, made one by /api/v1/people/{id}/merge.</summary>
public sealed class DuplicatesApiTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Duplicates_SameEmailTwice_AreOneGroupWithTheReason()
    {
        var ana = await _client.CreatePersonAsync(new PersonInput { FirstName = "Ana", LastName = "Lima", Emails = ["ana@twinco.example"] });
        var other = await _client.CreatePersonAsync(new PersonInput { FirstName = "A.", LastName = "Lima-Souza", Emails = ["ANA@twinco.example"] });

        var groups = await _client.GetOkAsync<List<DuplicateGroup>>("/api/v1/duplicates");

        var group = Assert.Single(groups, g => g.People.Any(p => p.Id == ana.Id));
        Assert.Equal([ana.Id, other.Id], group.People.Select(p => p.Id).Order());
        Assert.Contains("ana@twinco.example", group.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_TwoPeople_KeepsBothTimelinesAndDetailsAndDeletesTheOther()
    {
        var keep = await _client.CreatePersonAsync(new PersonInput { FirstName = "Bob", LastName = "Stone", Emails = ["bob@mergeco.example"] });
        var other = await _client.CreatePersonAsync(new PersonInput
        {
            FirstName = "Bobby", LastName = "Stone", Emails = ["bobby@home.example"], Organisation = "Mergeco", Tags = ["climbing"],
        });
        (await _client.PostJsonAsync("/api/v1/interactions", new InteractionInput { PersonIds = [other.Id], OccurredAt = "2026-03-02", Kind = "coffee", Summary = "Coffee with Bobby" }))
            .EnsureSuccessStatusCode();

        var merged = await (await _client.PostJsonAsync($"/api/v1/people/{keep.Id}/merge", new { otherId = other.Id })).ReadAsync<PersonDetail>();

        Assert.Equal(keep.Id, merged.Id);
        Assert.Equal("Mergeco", merged.Organisation);
        Assert.Equal(["bob@mergeco.example", "bobby@home.example"], merged.Emails.Order(StringComparer.Ordinal));
        Assert.Contains("climbing", merged.Tags);
        var timeline = await _client.GetOkAsync<PageBody<InteractionView>>($"/api/v1/people/{keep.Id}/interactions");
        Assert.Equal("Coffee with Bobby", Assert.Single(timeline.Items).Summary);
        await (await _client.GetAsync($"/api/v1/people/{other.Id}")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Merge_WithoutOtherId_Returns400OnOtherId()
    {
        var keep = await _client.CreatePersonAsync("Carla", "Alone");

        await (await _client.PostJsonAsync($"/api/v1/people/{keep.Id}/merge", new { })).ReadFieldErrorsAsync("otherId");
    }

    [Fact]
    public async Task Merge_UnknownPerson_Returns404()
    {
        var keep = await _client.CreatePersonAsync("Dora", "Lonely");

        await (await _client.PostJsonAsync($"/api/v1/people/{keep.Id}/merge", new { otherId = 999_999 })).ReadProblemAsync(HttpStatusCode.NotFound);
    }
}
