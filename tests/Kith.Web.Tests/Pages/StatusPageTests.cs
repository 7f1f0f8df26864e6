using System.Net;

namespace Kith.Web.Tests.Pages;

public sealed class StatusPageTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly PageClient _client = new(factory);

    [Theory]
    [InlineData("/people/abc")]
    [InlineData("/no-such-page")]
    public async Task Get_AddressThatMatchesNothing_ShowsNotFoundInsideTheLayout(string url)
    {
        var page = await _client.GetAsync(url, HttpStatusCode.NotFound);

        Assert.Equal("Page not found", page.QuerySelector("main h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("nav a[href='/people']"));
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefusedWithAnExplanation()
    {
        using var response = await factory.CreateClient().PostAsync(new Uri("/people/new", UriKind.Relative),
            new FormUrlEncodedContent([new("Input.FirstName", "Mallory")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("That request could not be used", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var people = await _client.GetAsync("/people?search=mallory");
        Assert.DoesNotContain("Mallory", people.Body!.TextContent, StringComparison.Ordinal);
    }
}
