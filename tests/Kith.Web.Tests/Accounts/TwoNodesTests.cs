using System.Net;
using System.Net.Http.Headers;
using AngleSharp;
using AngleSharp.Html.Dom;
using Kith.Web.Tests.Api;
using Kith.Web.Tests.Pages;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Web.Tests.Accounts;

/// <summary>
/// Two real app processes (Kestrel on two loopback ports) on one database, as behind a load
/// balancer: what one node signs or protects (cookie, antiforgery token) the other accepts,
/// because the data-protection keys live in the database.
/// </summary>
public sealed class TwoNodesTests : IDisposable
{
    private static readonly IBrowsingContext Browsing = BrowsingContext.New(Configuration.Default);
    private readonly AccountsTestDatabase _database = new();
    private readonly AccountsWebFactory _a;
    private readonly AccountsWebFactory _b;
    private readonly Uri _nodeA;
    private readonly Uri _nodeB;

    public TwoNodesTests()
    {
        _a = new AccountsWebFactory { Database = _database };
        _b = new AccountsWebFactory { Database = _database };
        _nodeA = _a.StartOnLoopback();
        _nodeB = _b.StartOnLoopback();
    }

    public void Dispose()
    {
        _a.Dispose();
        _b.Dispose();
        _database.Dispose();
    }

    [Fact]
    public async Task SetUpOnA_ActOnBWithTheSameCookie_TheChangeShowsOnA()
    {
        Assert.NotEqual(_nodeA.Port, _nodeB.Port);
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false });

        var setup = await PageAsync(browser, new Uri(_nodeA, "/account/setup"));
        using var madeOnA = await PostFormAsync(browser, new Uri(_nodeA, "/account/setup"), setup,
            ("Input.Email", "lead@example.com"), ("Input.Password", AccountsWebFactory.Password), ("Input.ConfirmPassword", AccountsWebFactory.Password));
        Assert.Equal(HttpStatusCode.Redirect, madeOnA.StatusCode);

        // The cookie A set, sent to B (the container sends it to the other port as a browser would).
        var form = await PageAsync(browser, new Uri(_nodeB, "/people/new"));
        Assert.Equal("lead@example.com", form.Text("#signed-in-as"));
        using var savedOnB = await PostFormAsync(browser, new Uri(_nodeB, "/people/new"), form, ("Input.FirstName", "Grace"), ("Input.LastName", "Onnodeb"));
        Assert.Equal(HttpStatusCode.Redirect, savedOnB.StatusCode);

        var people = await PageAsync(browser, new Uri(_nodeA, "/people"));
        Assert.Contains("Grace Onnodeb", people.Text("main"), StringComparison.Ordinal);
        // The key both nodes used is the one in the database, not a file in this machine's profile.
        await using var scope = _b.Services.CreateAsyncScope();
        Assert.NotEmpty(scope.ServiceProvider.GetRequiredService<Kith.Core.Data.KithDbContext>().DataProtectionKeys.ToList());
    }

    [Fact]
    public async Task TokenMadeOnA_AuthenticatesOnB()
    {
        var cookieOnA = await _a.SignedInClientAsync("ops@example.com");
        var made = await (await cookieOnA.PostJsonAsync("/api/v1/tokens", new { name = "deploy script" })).ReadJsonAsync(HttpStatusCode.Created);
        using var onB = new HttpClient { BaseAddress = _nodeB };
        onB.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", made.GetProperty("secret").GetString());

        var person = await onB.CreatePersonAsync("Made", "OnB");

        Assert.Equal("Made", (await cookieOnA.GetOkAsync<Kith.Core.People.PersonDetail>($"/api/v1/people/{person.Id}")).FirstName);
    }

    private static async Task<IHtmlDocument> PageAsync(HttpClient client, Uri url)
    {
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode} {response.Headers.Location}");
        return (IHtmlDocument)await Browsing.OpenAsync(r => r.Content(html).Address(url.ToString()));
    }

    /// <summary>Posts the page's first post form with its own fields (antiforgery token included), some replaced.</summary>
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, Uri url, IHtmlDocument page, params (string Name, string Value)[] fields)
    {
        var form = page.QuerySelectorAll("main form[method=post]").OfType<IHtmlFormElement>().First();
        var values = PageClient.FormValues(form).Where(v => !fields.Any(f => f.Name == v.Key))
            .Concat(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        return await client.PostAsync(url, new FormUrlEncodedContent(values));
    }
}
