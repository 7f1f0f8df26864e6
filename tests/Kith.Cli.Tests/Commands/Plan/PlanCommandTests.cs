using System.Text.RegularExpressions;

namespace Kith.Cli.Tests.Commands.Plan;

public sealed class PlanCommandTests : IDisposable
{
    private readonly CliTestHost _kith = new();

    public void Dispose() => _kith.Dispose();

    [Fact]
    public async Task Plan_TwelvePeopleAndOneWeeklyLunch_SuggestsEightDifferentPeopleWithReasons()
    {
        await SeedTwelvePeopleAsync();
        await _kith.OkAsync("plan", "slot", "add", "wednesday", "12:00", "--kind", "lunch");

        var output = await _kith.OkAsync("plan");
        var plan = await _kith.JsonAsync("plan");

        Assert.StartsWith("Weekly plan: 1 slot, 60 of 60 minutes a week; nobody is suggested again within 8 weeks.\n", output, StringComparison.Ordinal);
        Assert.Contains("Next 8 weeks:", output, StringComparison.Ordinal);
        var rows = output.Split('\n').Where(line => line.Contains("│ lunch │", StringComparison.Ordinal)).ToList();
        Assert.Equal(8, rows.Count);
        Assert.Contains("│ Wed 2026-03-18 12:00 │", rows[0], StringComparison.Ordinal);
        Assert.Contains("│ Wed 2026-05-06 12:00 │", rows[7], StringComparison.Ordinal);
        var people = rows.Select(row => Regex.Match(row, @"│ ([^│]+? \(#\d+\))\s+│").Groups[1].Value).ToList();
        Assert.All(people, person => Assert.NotEqual("", person));
        Assert.Equal(8, people.Distinct().Count());
        Assert.All(rows, row => Assert.Contains("│ suggested │", row, StringComparison.Ordinal));
        Assert.Contains("keeping in touch: every 30 days", output, StringComparison.Ordinal);
        Assert.Contains("widening your network: new to you", output, StringComparison.Ordinal);

        var upcoming = plan.GetProperty("upcoming").EnumerateArray().ToList();
        Assert.Equal(8, upcoming.Count);
        Assert.Equal(8, upcoming.Select(o => o.GetProperty("personId").GetInt32()).Distinct().Count());
        Assert.Equal(["expanding", "maintaining"], upcoming.Select(o => o.GetProperty("mix").GetString()).Distinct().Order());
    }

    [Fact]
    public async Task Plan_Weeks_ShowsThatManyWeeks()
    {
        await SeedTwelvePeopleAsync();
        await _kith.OkAsync("plan", "slot", "add", "wednesday", "12:00");

        var output = await _kith.OkAsync("plan", "--weeks", "3");

        Assert.Contains("Next 3 weeks:", output, StringComparison.Ordinal);
        Assert.Equal(3, output.Split('\n').Count(line => line.Contains("│ lunch │", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Plan_NoSlots_SaysHowToSetTimeAside()
    {
        var output = await _kith.OkAsync("plan");

        Assert.DoesNotContain("Next 8 weeks", output, StringComparison.Ordinal);
        Assert.Contains("Note: No time is set aside yet.", output, StringComparison.Ordinal);
        Assert.Contains("Streak: none yet; keep this week's slot to start one.", output, StringComparison.Ordinal);
        Assert.EndsWith("Set time aside: kith plan slot add wednesday 12:00 --kind lunch\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_WeeksOutOfRange_FailsNamingWeeks()
    {
        var result = await _kith.RunAsync("plan", "--weeks", "27");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith("error: --weeks: must be between 1 and 26.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Budget_MinutesAndRotation_AreSavedAndNotedAgainstTheSlots()
    {
        await _kith.OkAsync("plan", "slot", "add", "wednesday", "12:00");

        var output = await _kith.OkAsync("plan", "budget", "90", "--rotation", "10");

        Assert.Equal("You set aside 90 minutes a week; nobody is suggested again within 10 weeks.\n" +
            "Note: Your slots use 60 of the 90 minutes a week you set aside; add a slot to use the rest.\n", output);
        var plan = await _kith.JsonAsync("plan");
        Assert.Equal(90, plan.GetProperty("weeklyBudgetMinutes").GetInt32());
        Assert.Equal(10, plan.GetProperty("rotationWeeks").GetInt32());
    }

    [Fact]
    public async Task Budget_TooFewMinutes_FailsNamingMinutes()
    {
        var result = await _kith.RunAsync("plan", "budget", "5");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal("error: <minutes>: Set aside between 15 minutes and 40 hours a week.\n", result.Error);
    }

    [Fact]
    public async Task Budget_RotationOutOfRange_FailsBeforeTouchingTheDatabase()
    {
        var result = await _kith.RunAsync("plan", "budget", "60", "--rotation", "0");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith("error: --rotation: must be between 1 and 52.", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_kith.DatabasePath));
    }

    [Fact]
    public async Task SlotAdd_ThenSlots_ListsItWithItsNumber()
    {
        var added = await _kith.OkAsync("plan", "slot", "add", "friday", "08:30", "--duration", "30", "--kind", "coffee", "--label", "coffee with another team");

        var slots = await _kith.OkAsync("plan", "slots");

        Assert.Matches(@"^Added slot #(\d+): Friday 08:30–09:00, coffee with another team, from Mon 2026-03-16\.\nSee whom it suggests: kith plan\n$", added);
        Assert.Matches(@"│ \d+ │ Friday 08:30–09:00, coffee with another team │ 2026-03-16 │", slots);
        Assert.EndsWith("They use 30 of the 30 minutes a week you set aside.\n", slots, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlotAdd_NotADayNorATime_NamesBoth()
    {
        var result = await _kith.RunAsync("plan", "slot", "add", "funday", "25:00");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("error: <day>: 'funday' is not a day of the week; use monday … sunday.", result.Error, StringComparison.Ordinal);
        Assert.Contains("error: <time>: '25:00' is not a time; use HH:MM, e.g. 12:30.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlotEnd_TakesItOutOfThePlan()
    {
        var slot = (await _kith.JsonAsync("plan", "slot", "add", "wednesday", "12:00")).GetProperty("id").GetInt32();

        var ended = await _kith.OkAsync("plan", "slot", "end", $"{slot}");

        Assert.StartsWith($"Ended slot #{slot}; it is no longer planned.", ended, StringComparison.Ordinal);
        Assert.StartsWith("No slots yet.", await _kith.OkAsync("plan", "slots"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlotEnd_UnknownSlot_ExitsNotFound()
    {
        var result = await _kith.RunAsync("plan", "slot", "end", "99");

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Contains("99", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Slot_WithoutSubcommand_ShowsItsSubcommands()
    {
        var result = await _kith.RunAsync("plan", "slot");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("  add ", result.Output, StringComparison.Ordinal);
        Assert.Contains("  end ", result.Output, StringComparison.Ordinal);
    }

    /// <summary>Twelve people across departments, levels and employers; three with a cadence, so both kinds of suggestion exist.</summary>
    private async Task SeedTwelvePeopleAsync()
    {
        string[][] people =
        [
            ["Ana Lima", "--department", "Finance", "--every", "30d"],
            ["Bea Costa", "--department", "Treasury", "--level", "more-senior"],
            ["Carl Chief", "--department", "Sales", "--every", "30d"],
            ["Dana Reyes", "--outside", "--org", "Globex"],
            ["Eve Stone", "--department", "IT", "--level", "more-junior"],
            ["Finn Brook", "--department", "Finance"],
            ["Gail Moss", "--department", "Legal", "--every", "30d"],
            ["Hugo Park", "--outside"],
            ["Iris Vale", "--department", "Sales", "--level", "peer"],
            ["Jon Reed", "--department", "IT"],
            ["Kate Hill", "--department", "Marketing", "--level", "more-senior"],
            ["Liam Fox", "--department", "Operations"],
        ];
        foreach (var person in people)
            await _kith.OkAsync(["add", .. person]);
    }
}
