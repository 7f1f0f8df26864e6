using System.Net;
using Kith.Web.Tests.Pages;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kith.Web.Tests.Accounts;

/// <summary>Sign-in posts are rate-limited per client address, whatever the account: guessing is slow everywhere.</summary>
public sealed class RateLimitTests : IDisposable
{
    private readonly AccountsWebFactory _factory = new() { SignInAttemptsPerMinute = 3 };

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task SignIn_MoreAttemptsThanTheLimit_Answers429WithAReadablePage()
    {
        await _factory.UserAsync("rita@example.com");
        var client = new PageClient(_factory.Services, _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        var page = await client.GetAsync("/account/sign-in");
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.SubmitAsync(page, "form", ("Input.Email", $"nobody{i}@example.com"), ("Input.Password", "wrong password"))).Status);

        var limited = await client.SubmitAsync(page, "form", ("Input.Email", "rita@example.com"), ("Input.Password", AccountsWebFactory.Password));

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Status);
        Assert.Equal("60", limited.Response.Headers.RetryAfter!.ToString());
        Assert.Equal("Too many attempts", limited.Document.Text("h1"));
        Assert.Contains("Wait a minute, then try again.", limited.Document.Text("main"), StringComparison.Ordinal);
        // Reading the form is never limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetResponseAsync("/account/sign-in")).StatusCode);
    }
}
