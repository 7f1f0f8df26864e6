using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;

namespace Kith.Web.Tests.Api;

/// <summary>
/// Requests the framework cannot read still get a ProblemDetails naming the field, and change nothing.
/// The host runs as Development in tests; the behaviour is pinned so Production answers the same.
/// </summary>
public sealed class RequestReadingErrorsTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("""{ "firstName": 5 }""", "firstName", "Expected text.")]
    [InlineData("""{ "firstName": "Ana", "emails": "ana@example.com" }""", "emails", "Expected a list of text values.")]
    [InlineData("""{ "firstName": "Ana", "emails": ["ana@example.com", 7] }""", "emails[1]", "Expected text.")]
    [InlineData("""{ "firstName": "Ana", "reportsToId": "1" }""", "reportsToId", "Expected a whole number.")]
    [InlineData("""{ "firstName": "Ana", "reportsToId": 1.5 }""", "reportsToId", "Expected a whole number.")]
    [InlineData("""{ "firstName": "Ana", "lastName": tru }""", "lastName", "The request body is not valid JSON (line 1, position ")]
    [InlineData("""{ "firstName": "Ana", """, "body", "The request body is not valid JSON (line 1, position ")]
    [InlineData("""[ "Ana" ]""", "body", "Send a JSON object.")]
    [InlineData("", "body", "Send a JSON object.")]
    public async Task CreatePerson_BodyThatCannotBeRead_Returns400NamingTheFieldAndAddsNobody(string body, string field, string message)
    {
        var before = await _client.CountPeopleAsync();

        var errors = await (await _client.SendRawAsync(HttpMethod.Post, "/api/v1/people", body)).ReadFieldErrorsAsync(field);

        Assert.StartsWith(message, Assert.Single(errors[field]), StringComparison.Ordinal);
        Assert.Equal(before, await _client.CountPeopleAsync());
    }

    [Fact]
    public async Task CreatePerson_BadBodyInProduction_StillNamesTheField()
    {
        // Out of Development the framework would answer a bare 400 unless the API asks otherwise.
        using var production = factory.WithWebHostBuilder(b => b.UseEnvironment("Production")).CreateClient();

        var errors = await (await production.SendRawAsync(HttpMethod.Post, "/api/v1/people", """{ "firstName": 5 }""")).ReadFieldErrorsAsync("firstName");

        Assert.Equal(["Expected text."], errors["firstName"]);
    }

    [Fact]
    public async Task LogInteraction_PersonIdWrongTypeInTheList_NamesTheElement()
    {
        var errors = await (await _client.SendRawAsync(HttpMethod.Post, "/api/v1/interactions", """{ "personIds": [1, "x"], "summary": "Coffee" }"""))
            .ReadFieldErrorsAsync("personIds[1]");

        Assert.Equal(["Expected a whole number."], errors["personIds[1]"]);
    }

    [Fact]
    public async Task QueryValueOfTheWrongType_Returns400NamingTheParameter()
    {
        var errors = await (await _client.GetAsync("/api/v1/interactions?page=two")).ReadFieldErrorsAsync("page");

        Assert.Equal(["'two' is not a whole number."], errors["page"]);
    }

    [Fact]
    public async Task BodyThatIsNotJson_Returns415ProblemDetails()
    {
        var response = await _client.PostAsync("/api/v1/people", new StringContent("firstName=Ana", Encoding.UTF8, "text/plain"));

        await response.ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }
}
