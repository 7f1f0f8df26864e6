using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kith.Web.Tests.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Kith.Web.Tests.Hosting;

/// <summary>
/// Notes about people, and secrets such as the calendar token, never reach the logs: a whole flow runs
/// with every log message captured at Trace level, and none of them holds the distinctive text.
/// </summary>
public sealed class LoggingPrivacyTests : IDisposable
{
    private const string PageNote = "QuietlyPrivatePageNote4711";
    private const string ApiNote = "QuietlyPrivateApiNote4712";
    private const string InteractionNote = "QuietlyPrivateLunchNote4713";
    private const string RefusedValue = "QuietlyPrivateBadEmail4714";
    private const string ImportNote = "QuietlyPrivateImportNote4715";

    private readonly KithWebFactory _factory = new();
    private readonly CapturingLoggerProvider _logs = new();
    private readonly WebApplicationFactory<Program> _app;

    public LoggingPrivacyTests()
    {
        // Everything at Trace, the framework and EF Core included, overriding appsettings and Program's quieter levels;
        // only what the app silences on purpose for privacy (request paths) stays silenced.
        _app = _factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Trace)
            .AddFilter("Microsoft", LogLevel.Trace).AddFilter("Microsoft.AspNetCore", LogLevel.Trace).AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Trace)
            .AddProvider(_logs)));
    }

    [Fact]
    public async Task AFlowWithNotesErrorsImportAndTheFeed_LogsNoneOfTheirText()
    {
        var api = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        // A person with a note, through the page form.
        var form = await GetPageAsync(api, "/people/new");
        Assert.NotNull(form);
        var personViaPage = await api.PostAsync(new Uri("/people/new", UriKind.Relative), new FormUrlEncodedContent(
            [new("Input.FirstName", "Paula"), new("Input.Notes", PageNote), new("__RequestVerificationToken", form!)]));
        Assert.Equal(HttpStatusCode.Redirect, personViaPage.StatusCode);

        // A person and an interaction with notes, through the API.
        var person = await (await api.PostAsJsonAsync("/api/v1/people", new { firstName = "Ana", notes = ApiNote })).Content.ReadFromJsonAsync<JsonElement>();
        var id = person.GetProperty("id").GetInt32();
        using var logged = await api.PostAsJsonAsync("/api/v1/interactions", new { personIds = new[] { id }, occurredAt = "2026-03-15", kind = "lunch", summary = "Lunch", exchange = "gave", notes = InteractionNote });
        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);

        // Error paths: a refused value, a body that cannot be read, a form without its token.
        using var refused = await api.PostAsJsonAsync("/api/v1/people", new { firstName = "Bad", emails = new[] { RefusedValue }, notes = ApiNote });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        using var unreadable = await api.PostAsync(new Uri("/api/v1/people", UriKind.Relative),
            new StringContent($$"""{"firstName": "X", "notes": "{{ApiNote}}", "reportsToId": "{{ApiNote}}"}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        using var forged = await api.PostAsync(new Uri("/people/new", UriKind.Relative), new FormUrlEncodedContent([new("Input.FirstName", "Forged"), new("Input.Notes", PageNote)]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        // An import of a card with a note.
        var upload = await api.UploadOkAsync($"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Vera Card\r\nN:Card;Vera;;;\r\nNOTE:{ImportNote}\r\nEND:VCARD\r\n", "cards.vcf");
        await api.CommitOkAsync(upload.Id);

        // The calendar feed, whose token is the only thing guarding it.
        var calendar = await api.GetFromJsonAsync<JsonElement>("/api/v1/calendar");
        var token = calendar.GetProperty("token").GetString()!;
        using var feed = await api.GetAsync(new Uri($"/calendar/{token}.ics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);

        Assert.NotEmpty(_logs.Messages);
        string[] secrets = [PageNote, ApiNote, InteractionNote, RefusedValue, ImportNote, token];
        var leaks = _logs.Messages.Where(m => secrets.Any(s => m.Contains(s, StringComparison.Ordinal))).ToList();
        Assert.True(leaks.Count == 0, "Logged:\n" + string.Join("\n", leaks));
    }

    private static async Task<string?> GetPageAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(new Uri(url, UriKind.Relative));
        var match = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        return match.Success ? match.Groups[1].Value : null;
    }

    public void Dispose()
    {
        _app.Dispose();
        _factory.Dispose();
    }

    /// <summary>Keeps every message and the full text of every exception logged, from every category.</summary>
    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Messages);

        public void Dispose() { }

        private sealed class Logger(string category, ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull
            {
                messages.Enqueue($"{category} scope: {state}");
                return null;
            }

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
        }
    }
}
