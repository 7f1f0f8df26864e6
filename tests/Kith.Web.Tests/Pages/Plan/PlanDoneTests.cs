using Kith.Core.Interactions;

namespace Kith.Web.Tests.Pages.Plan;

/// <summary>/plan: marking this week's lunch done logs it, starts a streak, and counts for adherence once the week is over.</summary>
public sealed class PlanDoneTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly PageClient _client = new(factory);

    [Fact]
    public async Task Done_AfterWednesdaysLunch_LogsItAndCountsOnceTheWeekIsOver()
    {
        await PlanSeed.PeopleAsync(factory, 12);
        var empty = await _client.GetAsync("/plan");
        await _client.SubmitAsync(empty, ".plan-empty form");
        // Wednesday 18 March, 14:00 in São Paulo: this week's lunch is over.
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 18, 17, 0, 0, TimeSpan.Zero));
        var plan = await _client.GetAsync("/plan");
        var lunch = plan.QuerySelectorAll(".plan-occurrence")[0];
        var suggested = lunch.QuerySelector(".plan-person a")!;
        Assert.Equal("Done: record Wed 18 Mar 2026", lunch.QuerySelector("details.plan-done summary")!.TextContent);

        var done = await _client.SubmitAsync(plan, $"#{lunch.Id} form[action*='handler=Done']",
            ("Occurrence.Summary", "Talked about the budget cycle"), ("Occurrence.Exchange", "gave"));

        var after = await _client.FollowAsync(done);
        Assert.Equal($"Kept: lunch with {suggested.TextContent} on Wed 18 Mar 2026, logged on their timeline.", after.Text("[role=status]"));
        var row = after.QuerySelector($"#{lunch.Id}")!;
        Assert.Equal(["Widening", "Kept"], row.QuerySelectorAll(".badge").Select(b => b.TextContent));
        Assert.Empty(row.QuerySelectorAll("form"));
        Assert.Equal("1 week", after.Text("#adherence .plan-streak"));
        // This week is not over, so it is not counted yet.
        Assert.Equal("No slot has come round in the last 8 weeks yet", after.Texts("#adherence .plan-stat-text")[0]);

        var person = await _client.GetAsync(suggested.GetAttribute("href")!);
        Assert.Equal("Talked about the budget cycle", person.Text("#timeline .timeline-summary"));
        Assert.Equal("Lunch", person.Text("#timeline .kind"));
        Assert.Equal("I gave", person.Text("#timeline .badge"));

        // The next Monday, last week counts.
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 23, 12, 0, 0, TimeSpan.Zero));
        var nextWeek = await _client.GetAsync("/plan");
        Assert.Equal(["1 of 8 weeks", "1 of 26 weeks"], nextWeek.Texts("#adherence .plan-stat-figure").Take(2));
        Assert.Equal("Kept 1 of 1 slot in the last 8 weeks (1 of 8 weeks)", nextWeek.Texts("#adherence .plan-stat-text")[0]);
        Assert.Equal("Kept 1 of 1 slot in the last 26 weeks (1 of 26 weeks)", nextWeek.Texts("#adherence .plan-stat-text")[1]);
        Assert.Equal("1 week", nextWeek.Text("#adherence .plan-streak"));
        Assert.Equal("Wed 25 Mar 2026, 12:00–13:00", nextWeek.Text(".plan-occurrence .plan-when time"));
        var interactions = await _client.WithServiceAsync<int, InteractionService>(async s => (await s.ListAsync(new InteractionQuery())).TotalCount);
        Assert.Equal(1, interactions);

        var health = await _client.GetAsync("/health");
        Assert.Contains("Last 8 weeks: 1 of 8; Last 26 weeks: 1 of 26.", health.Text("#chart-weeks-desc"), StringComparison.Ordinal);
    }
}
