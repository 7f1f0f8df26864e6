using System.Text.Json;

namespace Kith.Cli.Tests.Commands.Plan;

public sealed class PlanOccurrenceCommandTests : IDisposable
{
    private readonly CliTestHost _kith = new();

    public void Dispose() => _kith.Dispose();

    [Fact]
    public async Task Accept_TheSuggestion_ShowsItAcceptedInThePlan()
    {
        var slot = await LunchWithSeveralPeopleAsync();
        var suggested = await FirstAsync();

        var output = await _kith.OkAsync("plan", "accept", $"{slot}", "2026-03-18");

        Assert.Equal($"Accepted {suggested.GetProperty("personName").GetString()} (#{suggested.GetProperty("personId").GetInt32()}) " +
            $"for Wed 2026-03-18 12:00–13:00, lunch. Invite them, and afterwards: kith plan done {slot} 2026-03-18\n", output);
        Assert.Equal("accepted", (await FirstAsync()).GetProperty("status").GetString());
        Assert.Matches(@"│ Wed 2026-03-18 12:00 │ lunch │ [^│]+ \(#\d+\)\s+│ \w+\s+│ accepted\s+│", await _kith.OkAsync("plan"));
    }

    [Fact]
    public async Task Accept_SomeoneElseByName_AcceptsThem()
    {
        var slot = await LunchWithSeveralPeopleAsync();

        var accepted = await _kith.JsonAsync("plan", "accept", $"{slot}", "2026-03-25", "Bea Costa");

        Assert.Equal("Bea Costa", accepted.GetProperty("personName").GetString());
        Assert.Equal("accepted", accepted.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Swap_SuggestsSomeoneElse()
    {
        var slot = await LunchWithSeveralPeopleAsync();
        var before = (await FirstAsync()).GetProperty("personId").GetInt32();

        var output = await _kith.OkAsync("plan", "swap", $"{slot}", "2026-03-18");

        Assert.StartsWith("Now suggested for Wed 2026-03-18 12:00–13:00, lunch: ", output, StringComparison.Ordinal);
        Assert.DoesNotContain($"(#{before})", output, StringComparison.Ordinal);
        var after = await FirstAsync();
        Assert.NotEqual(before, after.GetProperty("personId").GetInt32());
        Assert.Contains($"(#{after.GetProperty("personId").GetInt32()})", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Skip_MarksTheWeekSkipped()
    {
        var slot = await LunchWithSeveralPeopleAsync();

        var output = await _kith.OkAsync("plan", "skip", $"{slot}", "2026-03-18");

        Assert.Equal("Skipped Wed 2026-03-18 12:00–13:00, lunch; it counts as a slot not kept.\n", output);
        var first = await FirstAsync();
        Assert.Equal("skipped", first.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("personId").ValueKind);
    }

    [Fact]
    public async Task Done_LogsTheInteractionAndTakesThePersonOffTheAgenda()
    {
        // Ana's cadence has come due, and she is the only person to suggest for this morning's slot.
        var ana = await _kith.AddPersonAsync("Ana Lima", "--every", "30d");
        var slot = (await _kith.JsonAsync("plan", "slot", "add", "monday", "08:00")).GetProperty("id").GetInt32();
        Assert.Contains("Ana Lima", await _kith.OkAsync("due"), StringComparison.Ordinal);

        var output = await _kith.OkAsync("plan", "done", $"{slot}", "2026-03-16", "--summary", "Talked about the reorg", "--gave");

        Assert.Matches($@"^Kept Mon 2026-03-16 08:00–09:00, lunch with Ana Lima \(#{ana}\)\.\n" +
            @"Logged lunch #\d+ on their timeline; their keep-in-touch cadence starts again\.\n" +
            "Streak: 1 week in a row.\n$", output);
        Assert.Contains("Talked about the reorg", await _kith.OkAsync("show", "ana"), StringComparison.Ordinal);
        Assert.DoesNotContain("Ana Lima", await _kith.OkAsync("due"), StringComparison.Ordinal);
        // Past the few days the agenda leaves out after any contact: still not due, as her cadence started again.
        _kith.Clock.Advance(TimeSpan.FromDays(10));
        Assert.DoesNotContain("Ana Lima", await _kith.OkAsync("due"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Done_WithSomeoneElse_LogsItWithThem()
    {
        await _kith.OkAsync("add", "Ana Lima");
        var bea = await _kith.AddPersonAsync("Bea Costa");
        var slot = (await _kith.JsonAsync("plan", "slot", "add", "monday", "08:00")).GetProperty("id").GetInt32();

        var kept = await _kith.JsonAsync("plan", "done", $"{slot}", "2026-03-16", "--with", "bea", "--asked");

        Assert.Equal(bea, kept.GetProperty("personId").GetInt32());
        Assert.Equal("done", kept.GetProperty("status").GetString());
        var interaction = kept.GetProperty("interactionId").GetInt32();
        var timeline = await _kith.JsonAsync("show", "bea");
        Assert.Contains(timeline.GetProperty("recentInteractions").EnumerateArray(), i => i.GetProperty("id").GetInt32() == interaction);
    }

    [Fact]
    public async Task Done_ADayStillToCome_FailsNamingTheDate()
    {
        var slot = await LunchWithSeveralPeopleAsync();

        var result = await _kith.RunAsync("plan", "done", $"{slot}", "2026-03-18");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal("error: <date>: 2026-03-18 has not come yet; mark the slot kept once it has happened.\n", result.Error);
    }

    [Fact]
    public async Task Accept_ADayTheSlotDoesNotFallOn_FailsNamingTheDate()
    {
        var slot = await LunchWithSeveralPeopleAsync();

        var result = await _kith.RunAsync("plan", "accept", $"{slot}", "2026-03-19");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal("error: <date>: The slot \"Wednesday 12:00–13:00, lunch\" does not fall on Thu 2026-03-19.\n", result.Error);
    }

    [Fact]
    public async Task Accept_UnknownSlot_ExitsNotFound()
    {
        await _kith.OkAsync("add", "Ana Lima");

        var result = await _kith.RunAsync("plan", "accept", "42", "2026-03-18");

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
    }

    [Fact]
    public async Task Done_GaveAndAsked_IsAParseError()
    {
        var result = await _kith.RunAsync("plan", "done", "1", "2026-03-16", "--gave", "--asked");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith("error: --gave, --asked: use one or the other, not both.", result.Error, StringComparison.Ordinal);
    }

    private async Task<int> LunchWithSeveralPeopleAsync()
    {
        foreach (var name in new[] { "Ana Lima", "Bea Costa", "Carl Chief", "Dana Reyes" })
            await _kith.OkAsync("add", name);
        return (await _kith.JsonAsync("plan", "slot", "add", "wednesday", "12:00")).GetProperty("id").GetInt32();
    }

    /// <summary>The first upcoming slot as the plan shows it now.</summary>
    private async Task<JsonElement> FirstAsync() => (await _kith.JsonAsync("plan")).GetProperty("upcoming")[0];
}
