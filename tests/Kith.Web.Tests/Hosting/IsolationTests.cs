using System.Net;
using System.Text.Json;
using AngleSharp;
using AngleSharp.Html.Dom;
using Kith.Web.Tests.Api;
using Kith.Web.Tests.Pages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Web.Tests.Hosting;

/// <summary>
/// Isolation by construction, tried from the outside: account A has one of every kind of row;
/// account B, on the same server, asks for A's ids on EVERY route the app maps (enumerated from
/// the endpoint table, so a new route is covered the day it is added) and replays every form A's
/// pages render. Everything must answer 404, nothing of A's may appear in B's answers, and A's
/// data must be exactly as it was (compared through A's full backup).
/// </summary>
public sealed class IsolationTests(TwoAccountsFactory factory) : IClassFixture<TwoAccountsFactory>
{
    /// <summary>Written into A's rows; it must never reach B.</summary>
    private const string Secret = "Zanzibar-Quokka";

    private static readonly string[] Speaking = ["Public speaking"];
    private static readonly string[] QuokkaMail = ["quokka@example.com"];

    private static readonly IBrowsingContext Browsing = BrowsingContext.New(Configuration.Default);

    [Fact]
    public async Task EveryRoute_AsSecondAccount_AnswersNotFoundForFirstAccountsIds()
    {
        var a = await factory.SignedInClientAsync(TwoAccountsFactory.First);
        var b = await factory.SignedInClientAsync(TwoAccountsFactory.Second);
        var ids = await PopulateAsync(a);
        var before = await BackupWithoutTimeAsync(a);

        var failures = new List<string>();
        foreach (var (method, template, pattern) in Routes())
        {
            if (pattern.Parameters.Count == 0)
            {
                if (method == "GET")
                    await CheckNoLeakAsync(b, template, failures);
                continue;
            }
            if (!TryFill(pattern, ids, out var url, out var unknown))
            {
                if (unknown is not null)
                    failures.Add($"{method} {template}: the test does not know which of A's ids to put in {{{unknown}}}; add it to {nameof(KnownIds)}.");
                continue;
            }
            using var request = new HttpRequestMessage(new HttpMethod(method), url);
            if (method is "POST" or "PUT" or "PATCH")
                request.Content = JsonContent(Bodies.GetValueOrDefault(template, "{}"));
            using var response = await b.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.NotFound)
                failures.Add($"{method} {url} as B: {(int)response.StatusCode}, expected 404");
            if (body.Contains(Secret, StringComparison.Ordinal))
                failures.Add($"{method} {url} as B: the answer shows A's data");
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(before, await BackupWithoutTimeAsync(a));
    }

    [Fact]
    public async Task PagesTakingAnIdInTheQuery_AsSecondAccount_ShowNothingOfTheFirst()
    {
        var a = await factory.SignedInClientAsync(TwoAccountsFactory.First);
        var b = await factory.SignedInClientAsync(TwoAccountsFactory.Second);
        var ids = await PopulateAsync(a);

        // The id names the row the page is about: someone else's is not found.
        string[] about =
        [
            $"/exercises/find-a-mentor/when?mentorship={ids["mentorships"]}",
            $"/exercises/find-a-mentor/done?mentorship={ids["mentorships"]}",
            $"/exercises/how-to-network/done?commitment={ids["networking-commitments"]}",
        ];
        // The id only fills in a form: someone else's is ignored.
        string[] prefill =
        [
            $"/mentorships/new?personId={ids["people"]}",
            $"/exercises/find-a-mentor/who?mentorship={ids["mentorships"]}",
        ];
        var failures = new List<string>();
        foreach (var url in about)
        {
            using var response = await b.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.NotFound)
                failures.Add($"GET {url} as B: {(int)response.StatusCode}, expected 404");
        }
        foreach (var url in about.Concat(prefill))
            await CheckNoLeakAsync(b, url, failures);

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task EveryFormOfFirstAccount_ReplayedBySecondAccount_ChangesNothing()
    {
        var a = await factory.SignedInClientAsync(TwoAccountsFactory.First);
        var b = await factory.SignedInClientAsync(TwoAccountsFactory.Second);
        var ids = await PopulateAsync(a);
        var before = await BackupWithoutTimeAsync(a);
        var token = await AntiforgeryTokenAsync(b);

        var failures = new List<string>();
        var forms = 0;
        foreach (var (_, template, pattern) in Routes().Where(r => r.Method == "GET" && r.Pattern.Parameters.Count > 0 && !r.Template.StartsWith("/api/", StringComparison.Ordinal)))
        {
            if (!TryFill(pattern, ids, out var url, out _))
                continue;
            using var mine = await a.GetAsync(url);
            if (mine.StatusCode != HttpStatusCode.OK || mine.Content.Headers.ContentType?.MediaType != "text/html")
                continue;
            var page = (IHtmlDocument)await Browsing.OpenAsync(r => r.Content(mine.Content.ReadAsStream()).Address("http://localhost" + url));
            foreach (var form in page.QuerySelectorAll("form[method=post]").OfType<IHtmlFormElement>())
            {
                forms++;
                var values = PageClient.FormValues(form).Where(v => v.Key != "__RequestVerificationToken").Append(new("__RequestVerificationToken", token));
                var action = form.GetAttribute("action") is { Length: > 0 } act ? act : url;
                using var response = await b.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(values));
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.NotFound)
                    failures.Add($"POST {action} (a form on {template}) as B: {(int)response.StatusCode}, expected 404");
                if (body.Contains(Secret, StringComparison.Ordinal))
                    failures.Add($"POST {action} (a form on {template}) as B: the answer shows A's data");
            }
        }

        Assert.True(forms >= 20, $"Only {forms} forms were found on A's pages; the crawl is not reaching them.");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(before, await BackupWithoutTimeAsync(a));
    }

    [Fact]
    public async Task NewRowsOfSecondAccount_ReferringToFirstAccountsPeople_AreRefused()
    {
        var a = await factory.SignedInClientAsync(TwoAccountsFactory.First);
        var b = await factory.SignedInClientAsync(TwoAccountsFactory.Second);
        var ids = await PopulateAsync(a);
        var before = await BackupWithoutTimeAsync(a);
        var person = ids["people"];
        var today = await b.TodayAsync();

        var attempts = new (string Url, object Body)[]
        {
            ("/api/v1/interactions", new { personIds = new[] { person }, occurredAt = today.Iso(), kind = "call", summary = "Borrowed" }),
            ("/api/v1/follow-ups", new { personId = person, description = "Borrowed", dueOn = today.AddDays(3).Iso() }),
            ("/api/v1/mentorships", new { personId = person, kind = "shepherd", areas = new[] { "Borrowed" } }),
            ("/api/v1/introductions", new { connectorId = person, targetDescription = "Borrowed" }),
            ("/api/v1/opportunities", new { name = "Borrowed", kind = "association", buddyId = person }),
            ("/api/v1/people", new { firstName = "Borrowed", reportsToId = person }),
        };
        var failures = new List<string>();
        foreach (var (url, body) in attempts)
        {
            using var response = await b.PostJsonAsync(url, body);
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode is not (HttpStatusCode.BadRequest or HttpStatusCode.NotFound))
                failures.Add($"POST {url} naming A's person as B: {(int)response.StatusCode}, expected 400 or 404");
            if (text.Contains(Secret, StringComparison.Ordinal))
                failures.Add($"POST {url} as B: the answer shows A's data");
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(before, await BackupWithoutTimeAsync(a));
        Assert.DoesNotContain(Secret, await BackupWithoutTimeAsync(b), StringComparison.Ordinal);
    }

    /// <summary>
    /// Well-formed bodies for routes whose endpoint checks its body before it looks the id up, so
    /// that the request gets as far as the lookup (an empty body is refused with 400 whatever the id).
    /// </summary>
    private static readonly Dictionary<string, string> Bodies = new()
    {
        ["/api/v1/people/{id:int}/snooze"] = """{"until":"2030-01-01"}""",
        ["/api/v1/meetings/{id:int}/choose"] = """{"proposalId":1}""",
        ["/api/v1/events/{id:int}/attended"] = """{"attended":true}""",
        ["/api/v1/people/{id:int}/merge"] = """{"otherId":1}""",
    };

    /// <summary>Which of A's rows a route parameter names, by the path segment before it and its name.</summary>
    private static readonly Dictionary<(string Segment, string Parameter), string> KnownIds = new()
    {
        [("people", "id")] = "people",
        [("people", "personId")] = "people",
        [("interactions", "id")] = "interactions",
        [("follow-ups", "id")] = "follow-ups",
        [("goals", "id")] = "goals",
        [("notes", "noteId")] = "goal-notes",
        [("mentorships", "id")] = "mentorships",
        [("meetings", "id")] = "meetings",
        [("commitments", "id")] = "commitments",
        [("networking-commitments", "id")] = "networking-commitments",
        [("slots", "id")] = "slots",
        [("occurrences", "on")] = "occurrence-day",
        [("opportunities", "id")] = "opportunities",
        [("events", "id")] = "events",
        [("introductions", "id")] = "introductions",
        [("pitch", "id")] = "pitch",
        [("practices", "practiceId")] = "practices",
        [("import", "id")] = "imports",
        [("imports", "id")] = "imports",
    };

    /// <summary>Parameters that are not ids of A's rows: B using them acts on B's own data.</summary>
    private static readonly HashSet<(string Segment, string Parameter)> NotIds =
    [
        ("pitch", "audience"), // PUT /api/v1/pitch/{audience} saves B's own pitch for that audience
        ("status", "code"),    // the error pages
        ("calendar", "token"), // the feed's own secret, not an id
    ];

    private IEnumerable<(string Method, string Template, RoutePattern Pattern)> Routes()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        foreach (var endpoint in endpoints)
        {
            var template = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (template.StartsWith("/openapi", StringComparison.Ordinal))
                continue;
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods.Distinct())
                yield return (method, template, endpoint.RoutePattern);
        }
    }

    private static bool TryFill(RoutePattern pattern, Dictionary<string, string> ids, out string url, out string? unknown)
    {
        unknown = null;
        var parts = new List<string>();
        var previous = "";
        foreach (var segment in pattern.PathSegments)
        {
            var text = "";
            foreach (var part in segment.Parts)
            {
                switch (part)
                {
                    case RoutePatternLiteralPart literal:
                        text += literal.Content;
                        break;
                    case RoutePatternSeparatorPart separator:
                        text += separator.Content;
                        break;
                    case RoutePatternParameterPart parameter:
                        if (NotIds.Contains((previous, parameter.Name)))
                        {
                            url = "";
                            return false;
                        }
                        if (!KnownIds.TryGetValue((previous, parameter.Name), out var kind) || !ids.TryGetValue(kind, out var value))
                        {
                            unknown = $"{previous}/{parameter.Name}";
                            url = "";
                            return false;
                        }
                        text += value;
                        break;
                }
            }
            parts.Add(text);
            if (segment.Parts is [RoutePatternLiteralPart only])
                previous = previous == "networking" && only.Content == "commitments" ? "networking-commitments" : only.Content;
        }
        url = "/" + string.Join('/', parts);
        return true;
    }

    private static async Task CheckNoLeakAsync(HttpClient b, string url, List<string> failures)
    {
        using var response = await b.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        if (body.Contains(Secret, StringComparison.Ordinal))
            failures.Add($"GET {url} as B shows A's data");
    }

    /// <summary>One of every kind of row for A, each carrying <see cref="Secret"/> where it has text; their ids by kind.</summary>
    private static async Task<Dictionary<string, string>> PopulateAsync(HttpClient a)
    {
        var today = await a.TodayAsync();
        var ids = new Dictionary<string, string>();
        async Task<JsonElement> Post(string url, object body) => await (await a.PostJsonAsync(url, body)).ReadJsonAsync(HttpStatusCode.Created);
        static string Id(JsonElement e) => e.GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var person = await Post("/api/v1/people", new { firstName = Secret, lastName = "Person", notes = $"{Secret} private note", emails = QuokkaMail });
        ids["people"] = Id(person);
        var personId = person.GetProperty("id").GetInt32();
        ids["interactions"] = Id(await Post("/api/v1/interactions", new { personIds = new[] { personId }, occurredAt = today.Iso(), kind = "lunch", summary = $"{Secret} lunch", notes = Secret }));
        ids["follow-ups"] = Id(await Post("/api/v1/follow-ups", new { personId, description = $"{Secret} follow-up", dueOn = today.AddDays(3).Iso() }));
        var goal = await Post("/api/v1/goals", new { title = $"{Secret} goal", horizon = "one-year", areas = Speaking });
        ids["goals"] = Id(goal);
        ids["goal-notes"] = Id(await Post($"/api/v1/goals/{ids["goals"]}/notes", new { text = $"{Secret} goal note" }));
        var mentorship = await Post("/api/v1/mentorships", new { personId, kind = "shepherd", areas = Speaking, status = "active", expectations = Secret });
        ids["mentorships"] = Id(mentorship.GetProperty("summary"));
        ids["meetings"] = Id(await Post($"/api/v1/mentorships/{ids["mentorships"]}/meetings", new { times = new[] { today.AddDays(7).Iso() + "T12:00" }, location = Secret }));
        ids["commitments"] = Id(await Post($"/api/v1/mentorships/{ids["mentorships"]}/commitments", new { kind = "commitment", description = $"{Secret} commitment", dueOn = today.AddDays(5).Iso() }));
        ids["networking-commitments"] = Id(await Post("/api/v1/networking/commitments", new { way = "weekly-lunch", description = $"{Secret} lunch plan", dueOn = today.AddDays(6).Iso() }));
        var slot = await Post("/api/v1/plan/slots", new { day = today.AddDays(2).DayOfWeek.ToString().ToLowerInvariant(), startsAt = "12:00", label = Secret });
        ids["slots"] = Id(slot);
        ids["occurrence-day"] = today.AddDays(2).Iso();
        var opportunity = await Post("/api/v1/opportunities", new { name = $"{Secret} guild", kind = "association", notes = Secret });
        ids["opportunities"] = Id(opportunity);
        ids["events"] = Id(await Post($"/api/v1/opportunities/{ids["opportunities"]}/events", new { title = $"{Secret} mixer", startsAt = today.AddDays(-1).Iso() + "T18:30", location = Secret }));
        await Post($"/api/v1/events/{ids["events"]}/people", new { personId, noFollowUp = true });
        ids["introductions"] = Id(await Post("/api/v1/introductions", new { connectorId = personId, targetDescription = $"{Secret} target", reason = Secret }));
        using (var pitch = await a.PutJsonAsync("/api/v1/pitch/everyday", new { text = $"{Secret} is what I do now." }))
            ids["pitch"] = Id(await pitch.ReadJsonAsync(pitch.StatusCode == HttpStatusCode.Created ? HttpStatusCode.Created : HttpStatusCode.OK));
        ids["practices"] = Id(await Post($"/api/v1/pitch/{ids["pitch"]}/practices", new { durationSeconds = 40, rating = 4, notes = Secret }));
        ids["imports"] = (await (await a.UploadAsync(ImportApiClient.LinkedIn($"{Secret},Import,,import@example.com,Acme,CTO,09 Oct 2024")))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
        return ids;
    }

    private static async Task<string> BackupWithoutTimeAsync(HttpClient client)
    {
        var text = await (await client.GetAsync("/api/v1/backup")).Content.ReadAsStringAsync();
        var document = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(text)!;
        document.Remove("exportedAt");
        return JsonSerializer.Serialize(document);
    }

    private static async Task<string> AntiforgeryTokenAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/people/new");
        var page = (IHtmlDocument)await Browsing.OpenAsync(r => r.Content(response.Content.ReadAsStream()));
        return ((IHtmlInputElement)page.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
