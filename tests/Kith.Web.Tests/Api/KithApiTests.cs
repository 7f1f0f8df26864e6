using System.Net;
using System.Text.Json;

namespace Kith.Web.Tests.Api;

/// <summary>The API as a whole: its OpenAPI document, derived from the endpoint code.</summary>
public sealed class KithApiTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private static readonly string[] Operations =
    [
        "DELETE /api/v1/commitments/{id}",
        "DELETE /api/v1/events/{id}",
        "DELETE /api/v1/events/{id}/people/{personId}",
        "DELETE /api/v1/follow-ups/{id}",
        "DELETE /api/v1/goals/{id}",
        "DELETE /api/v1/goals/{id}/notes/{noteId}",
        "DELETE /api/v1/interactions/{id}",
        "DELETE /api/v1/introductions/{id}",
        "DELETE /api/v1/mentorships/{id}",
        "DELETE /api/v1/networking/commitments/{id}",
        "DELETE /api/v1/opportunities/{id}",
        "DELETE /api/v1/people/{id}",
        "DELETE /api/v1/people/{id}/cadence",
        "DELETE /api/v1/people/{id}/snooze",
        "DELETE /api/v1/pitch/{id}",
        "DELETE /api/v1/pitch/{id}/practices/{practiceId}",
        "DELETE /api/v1/plan/slots/{id}",
        "GET /api/v1/agenda",
        "GET /api/v1/board",
        "GET /api/v1/board/candidates",
        "GET /api/v1/calendar",
        "GET /api/v1/commitments",
        "GET /api/v1/commitments/responses",
        "GET /api/v1/events/{id}",
        "GET /api/v1/events/{id}/calendar.ics",
        "GET /api/v1/follow-ups",
        "GET /api/v1/follow-ups/{id}/calendar.ics",
        "GET /api/v1/goals",
        "GET /api/v1/goals/{id}",
        "GET /api/v1/interactions",
        "GET /api/v1/interactions/{id}",
        "GET /api/v1/introductions",
        "GET /api/v1/introductions/{id}",
        "GET /api/v1/meetings/{id}",
        "GET /api/v1/meetings/{id}/invite.ics",
        "GET /api/v1/mentorships",
        "GET /api/v1/mentorships/{id}",
        "GET /api/v1/mentorships/{id}/commitments",
        "GET /api/v1/network-health",
        "GET /api/v1/networking",
        "GET /api/v1/networking/commitments",
        "GET /api/v1/opportunities",
        "GET /api/v1/opportunities/{id}",
        "GET /api/v1/people",
        "GET /api/v1/people/lookup",
        "GET /api/v1/people/me",
        "GET /api/v1/people/{id}",
        "GET /api/v1/people/{id}/interactions",
        "GET /api/v1/pitch",
        "GET /api/v1/pitch/{id}",
        "GET /api/v1/plan",
        "GET /api/v1/plan/slots/{id}/calendar.ics",
        "POST /api/v1/calendar/regenerate",
        "POST /api/v1/commitments/{id}/done",
        "POST /api/v1/commitments/{id}/reopen",
        "POST /api/v1/events/{id}/attended",
        "POST /api/v1/events/{id}/people",
        "POST /api/v1/follow-ups",
        "POST /api/v1/follow-ups/{id}/done",
        "POST /api/v1/follow-ups/{id}/reopen",
        "POST /api/v1/goals",
        "POST /api/v1/goals/{id}/areas",
        "POST /api/v1/goals/{id}/notes",
        "POST /api/v1/interactions",
        "POST /api/v1/introductions",
        "POST /api/v1/introductions/{id}/steps",
        "POST /api/v1/meetings/{id}/cancel",
        "POST /api/v1/meetings/{id}/choose",
        "POST /api/v1/meetings/{id}/record",
        "POST /api/v1/mentorships",
        "POST /api/v1/mentorships/{id}/commitments",
        "POST /api/v1/mentorships/{id}/meetings",
        "POST /api/v1/mentorships/{id}/status",
        "POST /api/v1/networking/commitments",
        "POST /api/v1/networking/commitments/{id}/done",
        "POST /api/v1/networking/commitments/{id}/reopen",
        "POST /api/v1/opportunities",
        "POST /api/v1/opportunities/{id}/events",
        "POST /api/v1/people",
        "POST /api/v1/pitch/{id}/practices",
        "POST /api/v1/plan/slots",
        "POST /api/v1/plan/slots/{id}/occurrences/{on}/accept",
        "POST /api/v1/plan/slots/{id}/occurrences/{on}/done",
        "POST /api/v1/plan/slots/{id}/occurrences/{on}/skip",
        "POST /api/v1/plan/slots/{id}/occurrences/{on}/swap",
        "PUT /api/v1/events/{id}",
        "PUT /api/v1/goals/{id}",
        "PUT /api/v1/meetings/{id}/prep",
        "PUT /api/v1/mentorships/{id}",
        "PUT /api/v1/networking/interests",
        "PUT /api/v1/opportunities/{id}",
        "PUT /api/v1/people/{id}",
        "PUT /api/v1/people/{id}/cadence",
        "PUT /api/v1/people/{id}/snooze",
        "PUT /api/v1/pitch/{audience}",
        "PUT /api/v1/plan",
        "PUT /api/v1/plan/slots/{id}",
        "GET /api/v1/settings",
        "PUT /api/v1/settings",
        "POST /api/v1/imports",
        "GET /api/v1/imports/{id}",
        "DELETE /api/v1/imports/{id}",
        "POST /api/v1/imports/{id}/preview",
        "POST /api/v1/imports/{id}/commit",
        "GET /api/v1/imports/{id}/progress",
        "GET /api/v1/export/people.csv",
        "GET /api/v1/export/people.vcf",
        "GET /api/v1/people/{id}/vcard",
        "GET /api/v1/backup",
        "POST /api/v1/restore",
        "GET /api/v1/duplicates",
        "POST /api/v1/people/{id}/merge",
        "GET /api/v1/tokens",
        "POST /api/v1/tokens",
        "DELETE /api/v1/tokens/{id}"
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
    public async Task OpenApi_EveryOperation_HasANameASummaryAndTheResponsesItCanGive()
    {
        var paths = (await DocumentAsync()).GetProperty("paths");

        var operations = paths.EnumerateObject().Where(path => path.Name.StartsWith("/api/v1/", StringComparison.Ordinal))
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Name: $"{op.Name.ToUpperInvariant()} {path.Name}", Operation: op.Value)))
            .ToList();
        Assert.All(operations, op =>
        {
            Assert.False(string.IsNullOrWhiteSpace(op.Operation.GetProperty("operationId").GetString()), $"{op.Name} has no operationId");
            Assert.False(string.IsNullOrWhiteSpace(op.Operation.GetProperty("summary").GetString()), $"{op.Name} has no summary");
            Assert.Contains(op.Operation.GetProperty("responses").EnumerateObject(), r => r.Name.StartsWith('2'));
        });
        Assert.Equal(operations.Count, operations.Select(op => op.Operation.GetProperty("operationId").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task OpenApi_MentoringOperations_DeclareRefusalsAndTheCalendarInvite()
    {
        var paths = (await DocumentAsync()).GetProperty("paths");

        var create = paths.GetProperty("/api/v1/mentorships").GetProperty("post");
        Assert.Equal("CreateMentorship", create.GetProperty("operationId").GetString());
        Assert.Equal(["201", "400"], create.GetProperty("responses").EnumerateObject().Select(r => r.Name));
        Assert.True(create.GetProperty("responses").GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _));
        var invite = paths.GetProperty("/api/v1/meetings/{id}/invite.ics").GetProperty("get");
        Assert.Equal("DownloadMeetingInvite", invite.GetProperty("operationId").GetString());
        Assert.Equal(["200", "400", "404"], invite.GetProperty("responses").EnumerateObject().Select(r => r.Name));
        Assert.Equal(["text/calendar"], invite.GetProperty("responses").GetProperty("200").GetProperty("content").EnumerateObject().Select(c => c.Name));
        var board = paths.GetProperty("/api/v1/board").GetProperty("get");
        Assert.Equal("#/components/schemas/BoardView",
            board.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
    }

    [Fact]
    public async Task OpenApi_NetworkingRhythm_DeclaresCalendarDownloadsAndTheSubscriptionFeed()
    {
        var paths = (await DocumentAsync()).GetProperty("paths");

        foreach (var download in new[] { "/api/v1/plan/slots/{id}/calendar.ics", "/api/v1/events/{id}/calendar.ics", "/api/v1/follow-ups/{id}/calendar.ics" })
        {
            var responses = paths.GetProperty(download).GetProperty("get").GetProperty("responses");
            Assert.Equal(["200", "404"], responses.EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
            Assert.Equal(["text/calendar"], responses.GetProperty("200").GetProperty("content").EnumerateObject().Select(c => c.Name));
        }
        // The feed lives outside /api (calendar apps fetch it by URL alone) but is documented all the same.
        var feed = paths.GetProperty("/calendar/{token}.ics").GetProperty("get");
        Assert.Equal("GetCalendarFeed", feed.GetProperty("operationId").GetString());
        Assert.Equal(["200", "404"], feed.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["text/calendar"], feed.GetProperty("responses").GetProperty("200").GetProperty("content").EnumerateObject().Select(c => c.Name));
        var savePitch = paths.GetProperty("/api/v1/pitch/{audience}").GetProperty("put");
        Assert.Equal(["200", "201", "400"], savePitch.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.Equal("#/components/schemas/HealthView",
            paths.GetProperty("/api/v1/network-health").GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content")
                .GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
    }

    [Fact]
    public async Task OpenApi_ImportAndExport_DeclareFilesAndRefusals()
    {
        var paths = (await DocumentAsync()).GetProperty("paths");

        var upload = paths.GetProperty("/api/v1/imports").GetProperty("post");
        Assert.Equal(["201", "400"], upload.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.True(upload.GetProperty("requestBody").GetProperty("content").TryGetProperty("multipart/form-data", out _));
        var commit = paths.GetProperty("/api/v1/imports/{id}/commit").GetProperty("post");
        Assert.Equal(["200", "400", "404", "409"], commit.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
        foreach (var (path, type) in new[] { ("/api/v1/export/people.csv", "text/csv"), ("/api/v1/export/people.vcf", "text/vcard"), ("/api/v1/people/{id}/vcard", "text/vcard"), ("/api/v1/backup", "application/json") })
        {
            var content = paths.GetProperty(path).GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content");
            Assert.Equal([type], content.EnumerateObject().Select(c => c.Name));
        }
        var restore = paths.GetProperty("/api/v1/restore").GetProperty("post");
        Assert.Equal(["200", "400"], restore.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task OpenApi_Schemas_UseTheWordsTheApiSpeaks()
    {
        var schemas = (await DocumentAsync()).GetProperty("components").GetProperty("schemas");

        Assert.Equal(["unknown", "more-senior", "peer", "more-junior"], schemas.GetProperty("RelativeLevel").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["upcoming", "due", "overdue"], schemas.GetProperty("Urgency").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["candidate", "asked", "active", "paused", "ended"], schemas.GetProperty("MentorshipStatus").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["one-year", "two-years", "long-term"], schemas.GetProperty("GoalHorizon").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["to-ask", "asked", "introduced", "met"], schemas.GetProperty("IntroductionStatus").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["maintaining", "expanding"], schemas.GetProperty("PlanMix").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["everyday", "event", "job-search"], schemas.GetProperty("PitchAudience").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
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
