using System.Net;
using Kith.Core.People;

namespace Kith.Web.Tests.Api;

public sealed class PeopleApiTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static PersonInput Ana => new()
    {
        FirstName = "Ana",
        LastName = "Lima",
        Emails = ["ana@example.com"],
        Organisation = "Acme",
        Department = "Finance",
        Level = "more-senior",
        Employer = "outside",
        Roles = ["mentor", "former-colleague"],
        Tags = ["book club"],
        MetOn = "2025-05-01",
        Notes = "Prefers mornings.",
    };

    [Fact]
    public async Task Create_ValidPerson_Returns201WithLocationOfThePerson()
    {
        var response = await _client.PostJsonAsync("/api/v1/people", Ana);

        var created = await response.ReadAsync<PersonDetail>(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/people/{created.Id}", response.Headers.Location?.AbsolutePath);
        var fetched = await _client.GetOkAsync<PersonDetail>(response.Headers.Location!.ToString());
        Assert.Equal("Ana Lima", fetched.DisplayName);
        Assert.Equal(["ana@example.com"], fetched.Emails);
        Assert.Equal([PersonRoles.Mentor, PersonRoles.FormerColleague], fetched.Roles);
        Assert.Equal(new DateOnly(2025, 5, 1), fetched.MetOn);
    }

    [Fact]
    public async Task Get_Person_WritesEnumsAsKebabCaseWordsAndDatesAsIsoText()
    {
        var id = (await _client.CreatePersonAsync(Ana)).Id;

        var json = await (await _client.GetAsync($"/api/v1/people/{id}")).ReadJsonAsync();

        Assert.Equal("more-senior", json.GetProperty("level").GetString());
        Assert.Equal("outside", json.GetProperty("employer").GetString());
        Assert.Equal(["mentor", "former-colleague"], json.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("2025-05-01", json.GetProperty("metOn").GetString());
        Assert.Equal("2026-03-16T09:00:00Z", json.GetProperty("createdAt").GetString());
    }

    [Fact]
    public async Task Update_Put_ReplacesEveryFieldAndClearsThoseLeftOut()
    {
        var id = (await _client.CreatePersonAsync(Ana)).Id;

        var response = await _client.PutJsonAsync($"/api/v1/people/{id}", new PersonInput { FirstName = "Ana", LastName = "Souza", Roles = ["friend"] });

        var updated = await response.ReadAsync<PersonDetail>();
        Assert.Equal("Ana Souza", updated.DisplayName);
        Assert.Equal([PersonRoles.Friend], updated.Roles);
        Assert.Empty(updated.Emails);
        Assert.Null(updated.Organisation);
        Assert.Equal("Ana Souza", (await _client.GetOkAsync<PersonDetail>($"/api/v1/people/{id}")).DisplayName);
    }

    [Fact]
    public async Task Delete_Person_Returns204AndThePersonIsGone()
    {
        var id = (await _client.CreatePersonAsync("Gone", "Soon")).Id;

        var response = await _client.DeleteAsync($"/api/v1/people/{id}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await (await _client.GetAsync($"/api/v1/people/{id}")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task GetMe_Always_ReturnsMyOwnRecord()
    {
        var me = await _client.GetOkAsync<PersonDetail>("/api/v1/people/me");

        Assert.True(me.IsMe);
        Assert.Equal(me.Id, (await _client.GetOkAsync<PersonDetail>($"/api/v1/people/{me.Id}")).Id);
    }

    [Fact]
    public async Task Delete_Me_Returns400OnIdAndKeepsMe()
    {
        var me = await _client.GetOkAsync<PersonDetail>("/api/v1/people/me");

        var errors = await (await _client.DeleteAsync($"/api/v1/people/{me.Id}")).ReadFieldErrorsAsync("id");

        Assert.Contains("cannot be deleted", errors["id"][0], StringComparison.Ordinal);
        Assert.True((await _client.GetOkAsync<PersonDetail>("/api/v1/people/me")).IsMe);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task AnyMethod_UnknownId_Returns404ProblemDetails(string method)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), "/api/v1/people/999999");
        if (method == "PUT")
            request.Content = System.Net.Http.Json.JsonContent.Create(new PersonInput { FirstName = "Nobody" });

        var problem = await (await _client.SendAsync(request)).ReadProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal("Person not found.", problem.Title);
        Assert.Equal("Person 999999 was not found.", problem.Detail);
    }

    [Fact]
    public async Task Create_EmptyFirstName_Returns400OnFirstNameAndAddsNobody()
    {
        var before = await _client.CountPeopleAsync();

        var errors = await (await _client.PostJsonAsync("/api/v1/people", Ana with { FirstName = "  " })).ReadFieldErrorsAsync("firstName");

        Assert.Equal(["Enter a first name."], errors["firstName"]);
        Assert.Equal(before, await _client.CountPeopleAsync());
    }

    [Fact]
    public async Task Create_InvalidEmail_Returns400OnThatEmailAndAddsNobody()
    {
        var before = await _client.CountPeopleAsync();

        var errors = await (await _client.PostJsonAsync("/api/v1/people", Ana with { Emails = ["ana@example.com", "ana-at-example"] }))
            .ReadFieldErrorsAsync("emails[1]");

        Assert.Equal(["'ana-at-example' is not a valid e-mail address."], errors["emails[1]"]);
        Assert.Equal(before, await _client.CountPeopleAsync());
    }

    [Fact]
    public async Task Create_ImpossibleDate_Returns400OnMetOnAndAddsNobody()
    {
        var before = await _client.CountPeopleAsync();

        var errors = await (await _client.PostJsonAsync("/api/v1/people", Ana with { MetOn = "2026-02-30" })).ReadFieldErrorsAsync("metOn");

        Assert.Contains("'2026-02-30' is not a valid date", errors["metOn"][0], StringComparison.Ordinal);
        Assert.Equal(before, await _client.CountPeopleAsync());
    }

    [Fact]
    public async Task Create_SeveralMistakes_ReportsEveryFieldAtOnce()
    {
        var input = new PersonInput { FirstName = "", Emails = ["nope"], MetOn = "2026-13-01", Level = "boss", Roles = ["mentor", "wizard"] };

        await (await _client.PostJsonAsync("/api/v1/people", input)).ReadFieldErrorsAsync("firstName", "emails[0]", "metOn", "level", "roles[1]");
    }

    [Fact]
    public async Task Update_InvalidInput_Returns400AndLeavesThePersonAsItWas()
    {
        var id = (await _client.CreatePersonAsync(Ana)).Id;

        await (await _client.PutJsonAsync($"/api/v1/people/{id}", Ana with { LastName = "Souza", Website = "not a url" })).ReadFieldErrorsAsync("website");

        var person = await _client.GetOkAsync<PersonDetail>($"/api/v1/people/{id}");
        Assert.Equal("Lima", person.LastName);
        Assert.Null(person.Website);
    }

    [Fact]
    public async Task Create_FirstNameOfTheWrongJsonType_Returns400OnFirstNameAndAddsNobody()
    {
        var before = await _client.CountPeopleAsync();

        var errors = await (await _client.SendRawAsync(HttpMethod.Post, "/api/v1/people", """{ "firstName": 5 }""")).ReadFieldErrorsAsync("firstName");

        Assert.Equal(["Expected text."], errors["firstName"]);
        Assert.Equal(before, await _client.CountPeopleAsync());
    }

    [Fact]
    public async Task List_Paging_ReturnsTheRequestedSliceAndWhatAPagerNeeds()
    {
        var tag = $"paging-{Guid.NewGuid():N}";
        foreach (var name in new[] { "Eve", "Bea", "Dan", "Cid", "Abe" })
            await _client.CreatePersonAsync(new PersonInput { FirstName = name, Tags = [tag] });

        var second = await _client.GetOkAsync<PageBody<PersonSummary>>($"/api/v1/people?tag={tag}&page=2&pageSize=2");
        var last = await _client.GetOkAsync<PageBody<PersonSummary>>($"/api/v1/people?tag={tag}&page=3&pageSize=2");

        Assert.Equal(["Cid", "Dan"], second.Items.Select(p => p.DisplayName));
        Assert.Equal((2, 2, 5, 3, true, true), (second.PageNumber, second.PageSize, second.TotalCount, second.TotalPages, second.HasPrevious, second.HasNext));
        Assert.Equal(["Eve"], last.Items.Select(p => p.DisplayName));
        Assert.False(last.HasNext);
    }

    [Fact]
    public async Task List_HugeOrZeroPageSize_IsClampedToSaneBounds()
    {
        var huge = await _client.GetOkAsync<PageBody<PersonSummary>>("/api/v1/people?pageSize=100000&page=0");
        var zero = await _client.GetOkAsync<PageBody<PersonSummary>>("/api/v1/people?pageSize=0");

        Assert.Equal((1, 200), (huge.PageNumber, huge.PageSize));
        Assert.Equal(1, zero.PageSize);
    }

    [Fact]
    public async Task List_Filters_EachNarrowsTheList()
    {
        var tag = $"filters-{Guid.NewGuid():N}";
        await _client.CreatePersonAsync(new PersonInput { FirstName = "Maria", LastName = "Quokka", Tags = [tag], Roles = ["mentor"], Level = "more-senior", Employer = "inside", Department = "Legal" });
        await _client.CreatePersonAsync(new PersonInput { FirstName = "Omar", Tags = [tag], Roles = ["customer"], Level = "peer", Employer = "outside", Department = "Sales" });
        await _client.CreatePersonAsync(new PersonInput { FirstName = "Zoe", Tags = [tag], Roles = ["customer", "friend"], Level = "more-junior", Employer = "outside", Department = "Sales" });

        async Task<IEnumerable<string>> Names(string filter) =>
            (await _client.GetOkAsync<PageBody<PersonSummary>>($"/api/v1/people?tag={tag}&{filter}")).Items.Select(p => p.DisplayName);

        Assert.Equal(["Maria Quokka", "Omar", "Zoe"], await Names(""));
        Assert.Equal(["Maria Quokka"], await Names("role=mentor"));
        Assert.Equal(["Omar", "Zoe"], await Names("role=customer"));
        Assert.Equal(["Omar", "Zoe"], await Names("department=Sales"));
        Assert.Equal(["Zoe"], await Names("level=more-junior"));
        Assert.Equal(["Maria Quokka"], await Names("employer=inside"));
        Assert.Equal(["Maria Quokka"], await Names("search=quokka"));
        Assert.Equal(["Zoe"], await Names("role=friend&employer=outside"));
        Assert.Empty(await Names("role=vendor"));
    }

    [Fact]
    public async Task List_Overdue_KeepsOnlyPeoplePastTheirMaximumInterval()
    {
        var tag = $"overdue-{Guid.NewGuid():N}";
        var late = await _client.CreatePersonAsync(new PersonInput { FirstName = "Late", Tags = [tag] });
        var fine = await _client.CreatePersonAsync(new PersonInput { FirstName = "Fine", Tags = [tag] });
        var today = await _client.TodayAsync();
        foreach (var (person, daysAgo) in new[] { (late, 60), (fine, 10) })
        {
            await (await _client.PutJsonAsync($"/api/v1/people/{person.Id}/cadence", new { every = 30 })).ReadAsync<object>();
            await (await _client.PostJsonAsync("/api/v1/interactions", new { personIds = new[] { person.Id }, occurredAt = today.AddDays(-daysAgo).Iso(), summary = "Coffee" }))
                .ReadAsync<object>(HttpStatusCode.Created);
        }

        var overdue = await _client.GetOkAsync<PageBody<PersonSummary>>($"/api/v1/people?tag={tag}&overdue=true");

        var only = Assert.Single(overdue.Items);
        Assert.Equal("Late", only.DisplayName);
        Assert.True(only.IsOverdue);
    }

    [Theory]
    [InlineData("role=wizard", "role")]
    [InlineData("level=boss", "level")]
    [InlineData("employer=sometimes", "employer")]
    [InlineData("page=abc", "page")]
    [InlineData("pageSize=1.5", "pageSize")]
    [InlineData("overdue=maybe", "overdue")]
    public async Task List_BadQueryValue_Returns400NamingTheParameter(string query, string field)
    {
        await (await _client.GetAsync($"/api/v1/people?{query}")).ReadFieldErrorsAsync(field);
    }
    [Fact]
    public async Task Lookup_PartOfAName_ReturnsThoseFoundByNameWithWhatTellsThemApart()
    {
        var ana = await _client.CreatePersonAsync(Ana with { FirstName = "Lookupana", JobTitle = "Treasurer" });
        await _client.CreatePersonAsync(new PersonInput { FirstName = "Lookupanb", Notes = "not in the name" });
        await _client.CreatePersonAsync(new PersonInput { FirstName = "Someone", Notes = "Lookupana's friend" });

        var found = await _client.GetOkAsync<List<PersonPick>>("/api/v1/people/lookup?q=lookupan");
        var one = await _client.GetOkAsync<List<PersonPick>>("/api/v1/people/lookup?q=LOOKUPANA%20lim&limit=5");
        var first = await _client.GetOkAsync<List<PersonPick>>("/api/v1/people/lookup?q=lookupan&limit=1");

        Assert.Equal(["Lookupana Lima", "Lookupanb"], found.Select(p => p.DisplayName));
        Assert.Equal([new PersonPick(ana.Id, "Lookupana Lima", "Treasurer, Acme")], one);
        Assert.Equal(["Lookupana Lima"], first.Select(p => p.DisplayName));
    }

    [Theory]
    [InlineData("", "q")]
    [InlineData("q=%20-", "q")]
    [InlineData("q=ana&limit=0", "limit")]
    [InlineData("q=ana&limit=many", "limit")]
    [InlineData("q=ana&includeMe=perhaps", "includeMe")]
    public async Task Lookup_BadQuery_Returns400NamingTheParameter(string query, string field)
    {
        await (await _client.GetAsync($"/api/v1/people/lookup?{query}")).ReadFieldErrorsAsync(field);
    }
}
