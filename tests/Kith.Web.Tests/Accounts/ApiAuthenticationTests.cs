using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Kith.Web.Tests.Api;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kith.Web.Tests.Accounts;

/// <summary>The API with accounts required: 401 ProblemDetails without credentials (never a redirect), personal tokens, revoking them.</summary>
public sealed class ApiAuthenticationTests(AccountsWebFactory factory) : IClassFixture<AccountsWebFactory>
{
    private HttpClient Anonymous() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    [Fact]
    public async Task Api_NoCredentials_Answers401ProblemNotARedirect()
    {
        await factory.UserAsync("owner@example.com");

        using var response = await Anonymous().GetAsync("/api/v1/people");

        var problem = await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("Sign-in required.", problem.Title);
        Assert.Contains("Authorization: Bearer kith_", problem.Detail, StringComparison.Ordinal);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task Api_UnknownToken_Answers401SayingSo()
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "kith_not-a-real-token");

        var problem = await (await client.GetAsync("/api/v1/agenda")).ReadProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Equal("The API token is unknown or was revoked. Make a new one on the Account page.", problem.Detail);
    }

    [Fact]
    public async Task Token_MadeThroughTheApi_WorksUntilRevoked()
    {
        var cookie = await factory.SignedInClientAsync("tess@example.com");
        var made = await (await cookie.PostJsonAsync("/api/v1/tokens", new { name = "laptop CLI" })).ReadJsonAsync(HttpStatusCode.Created);
        var secret = made.GetProperty("secret").GetString()!;
        var id = made.GetProperty("token").GetProperty("id").GetInt32();
        Assert.Matches("^kith_[A-Za-z0-9_-]{43}$", secret);
        Assert.Equal(secret[..12], made.GetProperty("token").GetProperty("prefix").GetString());

        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        var person = await client.CreatePersonAsync("Made", "ByToken");
        Assert.Equal("Made", person.FirstName);
        var listed = await cookie.GetOkAsync<JsonElement>("/api/v1/tokens");
        var row = listed.EnumerateArray().Single(t => t.GetProperty("id").GetInt32() == id);
        Assert.Equal("laptop CLI", row.GetProperty("name").GetString());
        Assert.Equal(KithWebFactory.Start.UtcDateTime, row.GetProperty("lastUsedAt").GetDateTime());
        Assert.False(row.TryGetProperty("secret", out _));

        Assert.Equal(HttpStatusCode.NoContent, (await cookie.DeleteAsync($"/api/v1/tokens/{id}")).StatusCode);
        await (await client.GetAsync("/api/v1/people")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.True((await cookie.GetOkAsync<JsonElement>("/api/v1/tokens")).EnumerateArray().Single(t => t.GetProperty("id").GetInt32() == id)
            .GetProperty("isRevoked").GetBoolean());
    }

    [Fact]
    public async Task Token_ActsForItsOwnAccountOnly()
    {
        var mine = await factory.TokenClientAsync("uma@example.com");
        var theirs = await factory.TokenClientAsync("vic@example.com");
        var person = await mine.CreatePersonAsync("Private", "ToUma");

        Assert.Equal(HttpStatusCode.NotFound, (await theirs.GetAsync($"/api/v1/people/{person.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await mine.GetAsync($"/api/v1/people/{person.Id}")).StatusCode);
    }

    [Fact]
    public async Task OpenApi_Document_NeedsSignInToo()
    {
        await factory.UserAsync("owner@example.com");

        Assert.Equal(HttpStatusCode.Redirect, (await Anonymous().GetAsync("/openapi/v1.json")).StatusCode);
    }
}
