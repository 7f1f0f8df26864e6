namespace Kith.Cli.Tests.Commands.Health;

public sealed class HealthCommandTests : IDisposable
{
    private readonly CliTestHost _kith = new();

    public void Dispose() => _kith.Dispose();

    [Fact]
    public async Task Health_AFewPeople_DrawsTheCountsAsBarsWithNumbers()
    {
        await _kith.OkAsync("add", "Ana Lima", "--department", "Finance", "--role", "colleague", "--inside");
        await _kith.OkAsync("add", "Bea Costa", "--department", "Finance", "--role", "colleague", "--inside");
        await _kith.OkAsync("add", "Dana Reyes", "--role", "industry-peer", "--outside", "--level", "more-senior");

        var output = await _kith.OkAsync("health");

        Assert.StartsWith("Network health: 3 people.\n", output, StringComparison.Ordinal);
        Assert.Contains("\nBy role:\n", output, StringComparison.Ordinal);
        Assert.Matches(@"\n  colleague\s+2  █{30}\n", output);
        Assert.Matches(@"\n  industry-peer\s+1  █{15}\n", output);
        Assert.Matches(@"\n  Finance\s+2  █{30}\n", output);
        Assert.Matches(@"\n  inside\s+2  █{30}\n  outside\s+1  █{15}\n", output);
        Assert.Matches(@"\n  more-senior\s+1  █+\n", output);
        Assert.Contains("Tie strength (how recently and how often you were in touch):", output, StringComparison.Ordinal);
        Assert.Matches(@"\n  dormant\s+3  █{30}\n", output);
    }

    [Fact]
    public async Task Health_AsksAndNoGives_RecommendsGivingWithTheCommand()
    {
        var ana = await _kith.AddPersonAsync("Ana Lima");
        foreach (var summary in new[] { "Asked for the budget file", "Asked for a review", "Asked for an intro" })
            await _kith.OkAsync("log", "ana", "--summary", summary, "--asked");

        var output = await _kith.OkAsync("health");

        Assert.Contains("Gives and asks in the last year: you gave 0 times and asked 3 times (0 other interactions).", output, StringComparison.Ordinal);
        Assert.Matches($@"│ {ana} │ Ana Lima │ 0\s+│ 3\s+│ 2026-03-16 │", output);
        Assert.Contains("Recommendations:\n", output, StringComparison.Ordinal);
        Assert.Contains("  - Ana Lima: three asks and no gives since March.", output, StringComparison.Ordinal);
        Assert.Contains($"    next: kith show {ana}\n", output, StringComparison.Ordinal);
        Assert.Contains("  - No time is set aside for your network.", output, StringComparison.Ordinal);
        Assert.Contains("    next: kith plan slot add wednesday 12:00 --kind lunch\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_AfterAKeptSlot_CountsTheWeek()
    {
        await _kith.OkAsync("add", "Ana Lima");
        var slot = (await _kith.JsonAsync("plan", "slot", "add", "monday", "08:00")).GetProperty("id").GetInt32();
        await _kith.OkAsync("plan", "done", $"{slot}", "2026-03-16");
        _kith.Clock.Advance(TimeSpan.FromDays(7));

        var output = await _kith.OkAsync("health");

        Assert.Contains("  Last 8 weeks: kept 1 of 1 slot, in 1 of 8 weeks (0.13 a week).\n", output, StringComparison.Ordinal);
        Assert.Contains("  Streak: 1 week in a row.\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_Json_HasCountsAndRecommendations()
    {
        await _kith.OkAsync("add", "Ana Lima", "--outside");

        var health = await _kith.JsonAsync("health");

        Assert.Equal(1, health.GetProperty("people").GetInt32());
        Assert.Contains(health.GetProperty("byEmployer").EnumerateArray(),
            c => c.GetProperty("label").GetString() == "outside" && c.GetProperty("value").GetInt32() == 1);
        Assert.Contains(health.GetProperty("recommendations").EnumerateArray(), r => r.GetProperty("code").GetString() == "no-mentors");
    }

    [Fact]
    public async Task Health_EmptyNetwork_RecommendsAddingPeople()
    {
        var output = await _kith.OkAsync("health");

        Assert.Contains("  - Your network is empty here.", output, StringComparison.Ordinal);
        Assert.Contains("    next: kith add \"First Last\" --department …\n", output, StringComparison.Ordinal);
    }
}
