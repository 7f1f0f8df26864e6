using System.Net;
using AngleSharp;
using AngleSharp.Html.Dom;
using Kith.Core.Backup;
using Kith.Web.Tests.Browser;
using Kith.Web.Tests.Pages;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Web.Tests.Hosting;

/// <summary>
/// Every form in the app, found by crawling the pages of a populated account, carries an antiforgery
/// token, and a post without it is refused and changes nothing — so another site cannot submit Kith's forms.
/// </summary>
public sealed class AntiforgeryTests(KithWebFactory factory, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<KithWebFactory>
{
    private const string TokenField = "__RequestVerificationToken";
    private const int MaxPages = 400;

    private readonly HttpClient _http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task EveryForm_PostedWithoutItsToken_IsRefusedAndChangesNothing_AndWithItIsAccepted()
    {
        var seed = await XssSeed.CreateAsync(factory);
        var forms = await CrawlFormsAsync(["/", $"/people/{seed.PersonId}", $"/meetings/{seed.ScheduledMeetingId}", $"/events/{seed.EventId}"]);
        // Enough to know the crawl reached the feature pages, not only the home page.
        Assert.True(forms.Count >= 40, $"Only {forms.Count} forms found: {string.Join(", ", forms.Select(f => f.Action))}");

        output.WriteLine($"{forms.Count} forms: {string.Join(", ", forms.Select(f => f.Action).Distinct())}");
        var failures = new List<string>();
        foreach (var form in forms.Where(f => !f.HasToken))
            failures.Add($"{form.Page}: the form posting to {form.Action} has no antiforgery token");

        var before = await BackupAsync();
        foreach (var form in forms)
        {
            using var response = await PostAsync(form.Action, form.Values.Where(v => v.Key != TokenField));
            if (response.StatusCode != HttpStatusCode.BadRequest)
                failures.Add($"{form.Page}: posting to {form.Action} without the token answered {(int)response.StatusCode}, not 400");
        }
        Assert.Equal(before, await BackupAsync());

        // The same posts with their token get through (whatever they then say), so the refusals above are the token's doing.
        foreach (var form in forms)
        {
            using var response = await PostAsync(form.Action, form.Values);
            if (response.StatusCode == HttpStatusCode.BadRequest)
                failures.Add($"{form.Page}: posting to {form.Action} WITH the token was refused");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private sealed record FoundForm(string Page, string Action, bool HasToken, List<KeyValuePair<string, string>> Values);

    /// <summary>Follows every same-site link from the start pages and keeps one of each distinct post form (by action and fields).</summary>
    private async Task<List<FoundForm>> CrawlFormsAsync(IEnumerable<string> start)
    {
        var browsing = BrowsingContext.New(Configuration.Default);
        var queue = new Queue<string>(start);
        var seen = new HashSet<string>(queue, StringComparer.Ordinal);
        var forms = new Dictionary<string, FoundForm>(StringComparer.Ordinal);
        var visited = 0;
        while (queue.Count > 0 && visited++ < MaxPages)
        {
            var url = queue.Dequeue();
            using var response = await _http.GetAsync(new Uri(url, UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            var document = (IHtmlDocument)await browsing.OpenAsync(r => r.Content(response.Content.ReadAsStream()).Address("http://localhost" + url));

            foreach (var form in document.Forms.Where(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase)))
            {
                var action = (form.GetAttribute("action") is { Length: > 0 } a ? a : url).Split('#')[0];
                var values = PageClient.FormValues(form);
                var key = action + "|" + string.Join(",", values.Select(v => v.Key).Distinct().Order(StringComparer.Ordinal));
                forms.TryAdd(key, new FoundForm(url, action, values.Any(v => v.Key == TokenField && v.Value.Length > 0), values));
            }
            foreach (var link in document.QuerySelectorAll("a[href]").OfType<IHtmlAnchorElement>())
            {
                var href = link.GetAttribute("href")!.Split('#')[0];
                if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) && !href.StartsWith("/api", StringComparison.Ordinal)
                    && !href.Contains(".ics", StringComparison.Ordinal) && link.GetAttribute("download") is null && seen.Add(href))
                    queue.Enqueue(href);
            }
        }
        return [.. forms.Values];
    }

    private async Task<HttpResponseMessage> PostAsync(string action, IEnumerable<KeyValuePair<string, string>> values)
    {
        using var content = new FormUrlEncodedContent(values);
        return await _http.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    /// <summary>The whole account as a backup file: equal before and after means nothing changed.</summary>
    private async Task<string> BackupAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        using var stream = new MemoryStream();
        await scope.ServiceProvider.GetRequiredService<BackupService>().WriteAsync(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
