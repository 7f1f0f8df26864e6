using Kith.Core.Health;
using Kith.Core.Interactions;
using Kith.Core.People;
using Kith.Core.Tests.Mentoring;

namespace Kith.Core.Tests.Networking;

public sealed class HealthServiceTests : MentoringTestBase
{
    private Task<HealthView> HealthAsync() => With<HealthService, HealthView>(s => s.GetAsync());

    private Task<InteractionView> LogAsync(int person, string when, string exchange = "neither") => With<InteractionService, InteractionView>(s => s.LogAsync(
        new InteractionInput { PersonIds = [person], OccurredAt = when, Kind = "coffee", Summary = "Coffee", Exchange = exchange }));

    [Theory]
    [InlineData(null, 0, TieStrength.Dormant)]
    [InlineData(400, 0, TieStrength.Dormant)]
    [InlineData(200, 1, TieStrength.Fading)]
    [InlineData(60, 2, TieStrength.Steady)]
    [InlineData(10, 12, TieStrength.Strong)]
    [InlineData(10, 4, TieStrength.Strong)]
    [InlineData(100, 12, TieStrength.Steady)]
    public void Strength_FromRecencyAndFrequency(int? days, int contacts, TieStrength expected) =>
        Assert.Equal(expected, HealthRules.Strength(days, contacts));

    [Fact]
    public async Task Health_Empty_RecommendsAddingPeople()
    {
        var health = await HealthAsync();

        Assert.Equal(0, health.People);
        Assert.Equal("no-people", Assert.Single(health.Recommendations).Code);
    }

    [Fact]
    public async Task Health_NothingChanged_IsTheSameView_AndEveryKindOfChangeShowsOnTheNextView()
    {
        var ana = await AddAsync(new PersonBuilder("Ana").Employer("outside"));
        var first = await HealthAsync();
        Assert.Same(first, await HealthAsync());

        var logged = await LogAsync(ana, "2026-03-02", "asked");
        var afterLog = await HealthAsync();
        Assert.NotSame(first, afterLog);
        Assert.Equal(new GiveAsk(0, 1, 0), afterLog.LastYear);

        await With<InteractionService, bool>(async s => { await s.DeleteAsync(logged.Id); return true; });
        Assert.Equal(new GiveAsk(0, 0, 0), (await HealthAsync()).LastYear);

        await AddAsync(new PersonBuilder("Ben").InDepartment("Sales"));
        var afterAdd = await HealthAsync();
        Assert.Equal(2, afterAdd.People);
        Assert.Equal(new HealthCount("Sales", 1), afterAdd.ByDepartment[0]);

        await With<PeopleService, bool>(async s => { await s.DeleteAsync(ana); return true; });
        Assert.Equal(1, (await HealthAsync()).People);

        // The same data on the next day is a new view: "the last 90 days" have moved.
        var today = await HealthAsync();
        Db.Clock.Advance(TimeSpan.FromDays(1));
        Assert.NotSame(today, await HealthAsync());
    }

    [Fact]
    public async Task Health_CountsByRoleDepartmentLevelAndEmployer()
    {
        await AddAsync(new PersonBuilder("Ana").As("mentor", "colleague").InDepartment("Sales").Level("more-senior").Employer("inside"));
        await AddAsync(new PersonBuilder("Ben").As("colleague").InDepartment("sales ").Employer("inside"));
        await AddAsync(new PersonBuilder("Cai").As("customer").Employer("outside"));

        var health = await HealthAsync();

        Assert.Equal(3, health.People);
        Assert.Equal(2, health.ByRole.Single(r => r.Label == "colleague").Value);
        Assert.Equal(1, health.ByRole.Single(r => r.Label == "mentor").Value);
        Assert.Equal([new HealthCount("Sales", 2), new HealthCount("no department", 1)], health.ByDepartment);
        Assert.Equal([new HealthCount("inside", 2), new HealthCount("outside", 1), new HealthCount("unknown", 0)], health.ByEmployer);
        Assert.Equal([new HealthCount("more-senior", 1), new HealthCount("peer", 0), new HealthCount("more-junior", 0), new HealthCount("unknown", 2)], health.ByLevel);
        Assert.Equal(3, health.ByStrength.Single(s => s.Label == "dormant").Value);
    }

    [Fact]
    public async Task Health_TieStrength_CountsRecencyAndFrequencyToTheDay()
    {
        // Today is 2026-03-16: 30 days back is 2026-02-14, a year back 2025-03-16.
        var ana = await AddAsync(new PersonBuilder("Ana"));
        var ben = await AddAsync(new PersonBuilder("Ben"));
        var cai = await AddAsync(new PersonBuilder("Cai"));
        await AddAsync(new PersonBuilder("Dee"));
        foreach (var day in new[] { "2025-12-01", "2026-01-05", "2026-02-01" })
        {
            await LogAsync(ana, day);
            await LogAsync(ben, day);
        }
        await LogAsync(ana, "2026-02-14"); // 30 days ago, 4 contacts: recency 3 + frequency 2, strong
        await LogAsync(ben, "2026-02-13"); // 31 days ago, 4 contacts: 2 + 2, steady
        await LogAsync(cai, "2025-03-15"); // before the last year: recency 0, frequency 0
        await LogAsync(cai, "2025-03-17"); // 364 days ago, 1 contact in the year: 1 + 1, fading

        var health = await HealthAsync();

        Assert.Equal(
            [new HealthCount("strong", 1), new HealthCount("steady", 1), new HealthCount("fading", 1), new HealthCount("dormant", 1)],
            health.ByStrength);
    }

    [Fact]
    public async Task Health_ThreeAsksAndNoGives_NamesThePersonAndTheMonth()
    {
        var ana = await AddAsync(new PersonBuilder("Ana").Employer("outside").Level("more-senior"));
        await LogAsync(ana, "2026-03-02", "asked");
        await LogAsync(ana, "2026-03-09", "asked");
        await LogAsync(ana, "2026-03-16", "asked");

        var health = await HealthAsync();

        Assert.Equal(new GiveAsk(0, 3, 0), health.LastYear);
        Assert.Equal(new PersonBalance(ana, "Ana", 0, 3, new DateOnly(2026, 3, 2)), Assert.Single(health.Balances));
        var rec = Assert.Single(health.Recommendations, r => r.Code == "asks-no-gives");
        Assert.StartsWith("Ana: three asks and no gives since March.", rec.Message);
        Assert.Contains(health.Recommendations, r => r.Code == "asking-more");
        Assert.DoesNotContain(health.Recommendations, r => r.Code is "no-outside-recently" or "no-senior-outside-chain");
    }

    [Fact]
    public async Task Health_NobodyOutsideRecently_AndOnlyMyBossIsSenior_RecommendsBoth()
    {
        var me = await MeAsync();
        var boss = await AddAsync(new PersonBuilder("Bo").Level("more-senior").Employer("inside"));
        var old = await AddAsync(new PersonBuilder("Olga").Employer("outside"));
        await ReportsToAsync(me, boss);
        await LogAsync(boss, "2026-03-10");
        await LogAsync(old, "2025-10-01");

        var codes = (await HealthAsync()).Recommendations.Select(r => r.Code).ToList();

        Assert.Contains("no-outside-recently", codes);
        Assert.Contains("no-senior-outside-chain", codes);
        Assert.Contains("no-slots", codes);
        Assert.Contains("no-mentors", codes);
    }
}
