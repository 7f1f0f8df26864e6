using AngleSharp.Dom;
using Kith.Core.Interactions;
using Kith.Core.People;
using Kith.Web.Tests.Pages.Plan;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Web.Tests.Pages.Health;

/// <summary>/health with thirteen people: the charts carry their labels and numbers as text, and the gaps become recommendations.</summary>
public sealed class HealthPageTests(HealthPageTests.Fixture fixture) : IClassFixture<HealthPageTests.Fixture>
{
    /// <summary>Twelve people over six departments, Ana who was asked three times in March, and Bruno who was given something once.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public KithWebFactory Factory { get; } = new();
        public PersonDetail Ana { get; private set; } = null!;
        public PersonDetail Bruno { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var seeded = await PlanSeed.PeopleAsync(Factory, 12);
            Bruno = seeded[1];
            await using var scope = Factory.Services.CreateAsyncScope();
            Ana = await scope.ServiceProvider.GetRequiredService<PeopleService>().CreateAsync(new PersonInput
            {
                FirstName = "Ana", LastName = "Asker", Department = "Finance", Level = "peer", Employer = "inside", Roles = ["colleague"],
            });
            var interactions = scope.ServiceProvider.GetRequiredService<InteractionService>();
            foreach (var day in new[] { "2026-03-02", "2026-03-05", "2026-03-10" })
                await interactions.LogAsync(new InteractionInput { PersonIds = [Ana.Id], OccurredAt = day, Kind = "coffee", Summary = "Asked for a favour", Exchange = "asked" });
            await interactions.LogAsync(new InteractionInput { PersonIds = [Bruno.Id], OccurredAt = "2026-03-12", Kind = "call", Summary = "Sent an article", Exchange = "gave" });
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    private readonly PageClient _client = new(fixture.Factory);

    [Fact]
    public async Task Get_Network_DrawsEveryChartAsAnImageNamedByItsTitleAndDescribedWithItsNumbers()
    {
        var page = await _client.GetAsync("/health");

        var charts = page.QuerySelectorAll("svg[role=img]");
        Assert.Equal(7, charts.Length);
        foreach (var chart in charts)
        {
            Assert.Equal(chart.QuerySelector("title")!, page.GetElementById(chart.GetAttribute("aria-labelledby")!));
            Assert.Equal(chart.QuerySelector("desc")!, page.GetElementById(chart.GetAttribute("aria-describedby")!));
            Assert.NotEmpty(chart.QuerySelector("desc")!.TextContent);
        }
        Assert.Equal("People by role", page.Text("#chart-role-title"));
        Assert.Equal("Of 13 people, how many have each role (a person can have several). Mentor: 0; Colleague: 10; Customer: 0; Vendor: 0; "
            + "Management: 0; Former colleague: 0; Industry peer: 3; Friend: 0.", page.Text("#chart-role-desc"));
    }

    [Fact]
    public async Task Get_Network_EveryBarHasItsLabelAndNumberAsTextAndInATable()
    {
        var page = await _client.GetAsync("/health");

        Assert.Equal(
            ["Finance 3", "Engineering 2", "Legal 2", "Marketing 2", "Operations 2", "Sales 2"],
            Bars(page, "chart-department"));
        Assert.Equal(["Inside 10", "Outside 3", "Not recorded 0"], Bars(page, "chart-employer"));
        Assert.Equal(["More senior 4", "Peer 5", "More junior 4", "Level not recorded 0"], Bars(page, "chart-level"));
        Assert.Equal(["Strong 0", "Steady 2", "Fading 0", "Dormant 11"], Bars(page, "chart-strength"));
        Assert.Equal(["I gave 1", "I asked 3", "Neither 0"], Bars(page, "chart-give-ask"));
        var table = Chart(page, "chart-employer").ParentElement!.QuerySelectorAll("table tbody tr")
            .Select(r => string.Join(" ", r.Children.Select(c => c.TextContent.Trim())));
        Assert.Equal(["Inside 10", "Outside 3", "Not recorded 0"], table);
    }

    [Fact]
    public async Task Get_Network_BarsAreToldApartByPatternNotColourAlone()
    {
        var page = await _client.GetAsync("/health");

        var giveAsk = Chart(page, "chart-give-ask").QuerySelectorAll("rect.chart-bar").ToList();
        Assert.Equal(["chart-bar chart-bar-solid", "chart-bar chart-bar-asked"], giveAsk.Select(r => r.GetAttribute("class")));
        Assert.Equal("url(#chart-give-ask-asked)", giveAsk[1].GetAttribute("fill"));
        Assert.NotNull(Chart(page, "chart-give-ask").QuerySelector("pattern#chart-give-ask-asked"));
        var strength = Chart(page, "chart-strength").QuerySelectorAll("rect.chart-bar").Select(r => r.GetAttribute("class")).ToList();
        Assert.Equal(["chart-bar chart-bar-hatched", "chart-bar chart-bar-outline"], strength);
    }

    [Fact]
    public async Task Get_Network_ListsBalancesPerPersonMostAsksFirst()
    {
        var page = await _client.GetAsync("/health");

        var rows = page.QuerySelectorAll(".health-balances tbody tr")
            .Select(r => string.Join(" | ", r.Children.Select(c => c.TextContent.Trim()))).ToList();
        Assert.Equal(["Ana Asker | 0 | 3 | Asked 3 more than gave", $"{fixture.Bruno.DisplayName} | 1 | 0 | Gave 1 more than asked"], rows);
        Assert.Equal($"/people/{fixture.Ana.Id}", page.QuerySelector(".health-balances tbody a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_Network_ShowsRecommendationsWithLinksUnderTheCharts()
    {
        var page = await _client.GetAsync("/health");

        var asks = page.QuerySelector("#recommendations .recommendation-asks-no-gives")!;
        Assert.Equal("Ana Asker: three asks and no gives since March. Next time, offer something: an article, an introduction, congratulations.",
            asks.QuerySelector("p")!.TextContent);
        var link = asks.QuerySelector("a")!;
        Assert.Equal(($"/people/{fixture.Ana.Id}", "Open Ana Asker"), (link.GetAttribute("href"), link.TextContent));
        var slots = page.QuerySelector("#recommendations .recommendation-no-slots a")!;
        Assert.Equal(("/plan", "Set aside a weekly slot"), (slots.GetAttribute("href"), slots.TextContent));
        Assert.Equal($"{page.QuerySelectorAll(".recommendation").Length} recommendations below.", page.Text(".lede a[href='#recommendations']"));
        var sections = page.QuerySelectorAll("main > section");
        var last = sections[^1];
        Assert.Equal("recommendations", last.Id);
    }

    private static IElement Chart(AngleSharp.Html.Dom.IHtmlDocument page, string id) =>
        page.QuerySelector($"svg[aria-labelledby='{id}-title']")!;

    /// <summary>Each bar as the drawing says it: its label and the number after it.</summary>
    private static List<string> Bars(AngleSharp.Html.Dom.IHtmlDocument page, string id) =>
        Chart(page, id).QuerySelectorAll("g.chart-row")
            .Select(g => $"{g.QuerySelector(".chart-label")!.TextContent} {g.QuerySelector(".chart-value")!.TextContent}").ToList();
}
