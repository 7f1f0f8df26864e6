namespace Kith.Web.Tests.Pages.Health;

/// <summary>/health before anyone is added: no empty charts, and the first step to take.</summary>
public sealed class HealthEmptyTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly PageClient _client = new(factory);

    [Fact]
    public async Task Get_NoPeople_ExplainsTheChartsAndRecommendsAddingSomeone()
    {
        var page = await _client.GetAsync("/health");

        Assert.Equal("Nothing to chart yet", page.Text(".empty-state h2"));
        Assert.Empty(page.QuerySelectorAll("svg"));
        var only = Assert.Single(page.QuerySelectorAll(".recommendation"));
        Assert.Equal("Your network is empty here. Add the people you know, starting with colleagues in other departments.", only.QuerySelector("p")!.TextContent);
        Assert.Equal(("/people/new", "Add a person"), (only.QuerySelector("a")!.GetAttribute("href"), only.QuerySelector("a")!.TextContent));
        Assert.Equal("page", page.QuerySelector("nav[aria-label=Main] a[href='/health']")!.GetAttribute("aria-current"));
    }
}
