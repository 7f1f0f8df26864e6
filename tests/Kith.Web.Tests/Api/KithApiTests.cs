using System.Net;
using System.Text.Json;

namespace Kith.Web.Tests.Api;

/// <summary>The API as a whole: its OpenAPI document, derived from the endpoint code.</summary>
public sealed class KithApiTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private static readonly string[] Operations =
    [
        "DELETE /api/v1/follow-ups/{id}",
        "DELETE /api/v1/interactions/{id}",
        "DELETE /api/v1/people/{id}",
        "DELETE /api/v1/people/{id}/cadence",
        "DELETE /api/v1/people/{id}/snooze",
        "GET /api/v1/agenda",
        "GET /api/v1/follow-ups",
        "GET /api/v1/interactions",
        "GET /api/v1/interactions/{id}",
        "GET /api/v1/people",
        "GET /api/v1/people/me",
        "GET /api/v1/people/{id}",
        "GET /api/v1/people/{id}/interactions",
        "POST /api/v1/follow-ups",
        "POST /api/v1/follow-ups/{id}/done",
        "POST /api/v1/follow-ups/{id}/reopen",
        "POST /api/v1/interactions",
        "POST /api/v1/people",
        "PUT /api/v1/people/{id}",
        "PUT /api/v1/people/{id}/cadence",
        "PUT /api/v1/people/{id}/snooze"
    ];

    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> DocumentAsync() => await (await _client.GetAsync("/openapi/v1.json")).ReadJsonAsync();

    [Fact]
    public async Task OpenApi_Document_ListsEveryApiOperation()
    {
        var paths = (await DocumentAsync()).GetProperty("paths");

        var operations = paths.EnumerateObject().Where(path => path.Name.StartsWith("/api/v1/", StringComparison.Ordinal))
            .SelectMany(path => path.Value.EnumerateObject().Select(op => $"{op.Name.ToUpperInvariant()} {path.Name}"))
            .Order(StringComparer.Ordinal);
        Assert.Equal(Operations.Order(StringComparer.Ordinal), operations);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesResponsesAndProblems()
    {
        var paths = (await DocumentAsync()).GetProperty("paths");

        var create = paths.GetProperty("/api/v1/people").GetProperty("post");
        Assert.Equal("CreatePerson", create.GetProperty("operationId").GetString());
        Assert.Equal(["201", "400"], create.GetProperty("responses").EnumerateObject().Select(r => r.Name));
        Assert.True(create.GetProperty("responses").GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _));
        var get = paths.GetProperty("/api/v1/people/{id}").GetProperty("get");
        Assert.Equal(["200", "404"], get.GetProperty("responses").EnumerateObject().Select(r => r.Name));
        var list = paths.GetProperty("/api/v1/people").GetProperty("get");
        Assert.Equal("#/components/schemas/PageOfPersonSummary",
            list.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
    }

    [Fact]
    public async Task OpenApi_Schemas_UseTheWordsTheApiSpeaks()
    {
        var schemas = (await DocumentAsync()).GetProperty("components").GetProperty("schemas");

        Assert.Equal(["unknown", "more-senior", "peer", "more-junior"], schemas.GetProperty("RelativeLevel").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["upcoming", "due", "overdue"], schemas.GetProperty("Urgency").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(
            ["items", "pageNumber", "pageSize", "totalCount", "totalPages", "hasPrevious", "hasNext"],
            schemas.GetProperty("PageOfPersonSummary").GetProperty("properties").EnumerateObject().Select(p => p.Name));
        // Numbers are strict JSON numbers, so clients generated from the document get integers.
        Assert.Equal("integer", schemas.GetProperty("PersonSummary").GetProperty("properties").GetProperty("id").GetProperty("type").GetString());
    }

    [Fact]
    public async Task UnknownApiRoute_Returns404ProblemDetails()
    {
        var response = await _client.GetAsync("/api/v1/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
