using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kith.Core.People;

namespace Kith.Web.Tests.Api;

/// <summary>A page as the API sends it; read field by field so the test sees the server's numbers, not recomputed ones.</summary>
public sealed record PageBody<T>(List<T> Items, int PageNumber, int PageSize, int TotalCount, int TotalPages, bool HasPrevious, bool HasNext);

/// <summary>A ProblemDetails as the API sends it.</summary>
public sealed record ProblemBody(int Status, string? Title, string? Detail, Dictionary<string, string[]>? Errors);

/// <summary>Reading and writing the API's JSON the way a client would.</summary>
public static class ApiTestClient
{
    /// <summary>What a client needs to read Kith's JSON: web defaults, enums as kebab-case words.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, Json)!;
    }

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK) =>
        await response.ReadAsync<JsonElement>(expected);

    /// <summary>Reads a ProblemDetails, checking the status and that it is served as one.</summary>
    public static async Task<ProblemBody> ReadProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var problem = await response.ReadAsync<ProblemBody>(expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)expected, problem.Status);
        return problem;
    }

    /// <summary>Asserts a 400 whose errors are exactly these fields, and returns the messages.</summary>
    public static async Task<Dictionary<string, string[]>> ReadFieldErrorsAsync(this HttpResponseMessage response, params string[] fields)
    {
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem.Errors);
        Assert.Equal(fields.Order(StringComparer.Ordinal), problem.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.All(problem.Errors.Values, messages => Assert.NotEmpty(messages));
        return problem.Errors;
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body, Json);

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body) =>
        client.PutAsJsonAsync(url, body, Json);

    /// <summary>Sends a body exactly as written, for JSON a typed client could not produce.</summary>
    public static Task<HttpResponseMessage> SendRawAsync(this HttpClient client, HttpMethod method, string url, string json) =>
        client.SendAsync(new HttpRequestMessage(method, url) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") });

    public static async Task<T> GetOkAsync<T>(this HttpClient client, string url) =>
        await (await client.GetAsync(url)).ReadAsync<T>();

    public static async Task<PersonDetail> CreatePersonAsync(this HttpClient client, PersonInput input) =>
        await (await client.PostJsonAsync("/api/v1/people", input)).ReadAsync<PersonDetail>(HttpStatusCode.Created);

    public static Task<PersonDetail> CreatePersonAsync(this HttpClient client, string firstName, string? lastName = null) =>
        client.CreatePersonAsync(new PersonInput { FirstName = firstName, LastName = lastName });

    /// <summary>How many people (other than me) the API lists.</summary>
    public static async Task<int> CountPeopleAsync(this HttpClient client) =>
        (await client.GetOkAsync<PageBody<PersonSummary>>("/api/v1/people?pageSize=1")).TotalCount;

    /// <summary>Today in the account's zone, as the server sees it.</summary>
    public static async Task<DateOnly> TodayAsync(this HttpClient client) =>
        (await client.GetOkAsync<JsonElement>("/api/v1/agenda")).GetProperty("today").Deserialize<DateOnly>(Json);

    public static string Iso(this DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
