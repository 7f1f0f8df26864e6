namespace Kith.Web.Tests.Hosting;

/// <summary>Every kind of response carries the headers that keep injected markup from running and other sites from framing Kith.</summary>
public sealed class SecurityHeadersTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    public static TheoryData<string> Addresses => new() { "/", "/people", "/data", "/api/v1/people", "/css/site.css", "/no-such-page", "/api/v1/people/999999" };

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task Get_AnyResponse_CarriesTheSecurityHeaders(string address)
    {
        using var response = await factory.CreateClient().GetAsync(address);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }
}
