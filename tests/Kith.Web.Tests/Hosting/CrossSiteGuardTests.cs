using System.Net;
using System.Net.Http.Json;

namespace Kith.Web.Tests.Hosting;

/// <summary>Another web site open in the same browser can neither read nor change Kith's data.</summary>
public sealed class CrossSiteGuardTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private async Task<int> PeopleCountAsync()
    {
        var page = await factory.CreateClient().GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/people");
        return page.GetProperty("totalCount").GetInt32();
    }

    [Fact]
    public async Task Post_FromAnotherSitesPage_IsRefusedAndChangesNothing()
    {
        var before = await PeopleCountAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/people") { Content = JsonContent.Create(new { firstName = "Mallory" }) };
        request.Headers.Add("Origin", "https://evil.example");
        request.Headers.Add("Sec-Fetch-Site", "cross-site");

        using var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await PeopleCountAsync());
    }

    [Theory]
    [InlineData("PUT", "/api/v1/people/{me}", "Origin", "https://evil.example")]
    [InlineData("DELETE", "/api/v1/people/{me}", "Sec-Fetch-Site", "cross-site")]
    [InlineData("POST", "/api/v1/interactions", "Origin", "https://evil.example")]
    [InlineData("POST", "/api/v1/goals", "Sec-Fetch-Site", "cross-site")]
    [InlineData("POST", "/api/v1/calendar/regenerate", "Origin", "https://evil.example")]
    [InlineData("PUT", "/api/v1/pitch/everyday", "Sec-Fetch-Site", "same-site")]
    [InlineData("POST", "/api/v1/restore", "Origin", "null")]
    [InlineData("POST", "/api/v1/imports", "Origin", "http://localhost.evil.example")]
    public async Task ChangingRequest_FromAnotherSite_IsRefusedOnEveryKindOfRoute(string method, string route, string header, string value)
    {
        var me = await factory.CreateClient().GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/people/me");
        var url = route.Replace("{me}", me.GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var before = await PeopleCountAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = JsonContent.Create(new { firstName = "Mallory", title = "Mallory", text = "Mallory" }) };
        request.Headers.Add(header, value);

        using var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await PeopleCountAsync());
    }

    [Fact]
    public async Task Post_WithoutAnOrigin_AsScriptsSendIt_IsAccepted()
    {
        using var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/people", new { firstName = "Scripted" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Post_FromKithsOwnOrigin_IsAccepted()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/people") { Content = JsonContent.Create(new { firstName = "Same origin" }) };
        request.Headers.Add("Origin", "http://localhost");
        using var response = await factory.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Get_WithAForeignHostName_IsRefused()
    {
        // A DNS-rebinding page reaches 127.0.0.1 under its own host name; Kith answers only to its own.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/people");
        request.Headers.Host = "evil.example";
        using var response = await factory.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
