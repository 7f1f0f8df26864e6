namespace Kith.Cli.Tests.Commands.Mentoring;

public sealed class GoalCommandTests : IDisposable
{
    private readonly CliTestHost _kith = new();

    public void Dispose() => _kith.Dispose();

    [Fact]
    public async Task Add_ThenGoals_ListsItWithHorizonTargetAndAreas()
    {
        var added = await _kith.OkAsync("goal", "add", "Lead a team of five", "--horizon", "two-years", "--area", "people management",
            "--area", "finance", "--target", "2028-03-01");
        await _kith.OkAsync("goal", "add", "Give a conference talk", "--area", "public speaking");

        var goals = await _kith.OkAsync("goals");

        Assert.Matches(@"^Added goal #\d+: Lead a team of five \(two years, by 2028-03-01\)\.\nAreas: finance, people management\.", added);
        var talk = goals.IndexOf("Give a conference talk", StringComparison.Ordinal);
        var team = goals.IndexOf("Lead a team of five", StringComparison.Ordinal);
        Assert.True(talk >= 0 && team > talk, goals);
        Assert.Contains("│ Lead a team of five    │ two years │ 2028-03-01 │ finance, people management │ active │", goals, StringComparison.Ordinal);
        Assert.Contains("page 1 of 1, 2 goals", goals, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Goals_Json_FiltersByHorizon()
    {
        await _kith.OkAsync("goal", "add", "Lead a team of five", "--horizon", "two-years");
        await _kith.OkAsync("goal", "add", "Give a conference talk", "--area", "public speaking");

        var page = await _kith.JsonAsync("goals", "--horizon", "one-year");

        var goal = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("Give a conference talk", goal.GetProperty("title").GetString());
        Assert.Equal("one-year", goal.GetProperty("horizon").GetString());
        Assert.Equal("public speaking", goal.GetProperty("areas")[0].GetString());
    }

    [Fact]
    public async Task Status_Achieved_LeavesTheActiveListAndTheBoard()
    {
        var id = (await _kith.JsonAsync("goal", "add", "Give a conference talk", "--area", "public speaking")).GetProperty("id").GetInt32();

        var achieved = await _kith.OkAsync("goal", "status", $"{id}", "achieved");

        Assert.Equal($"Goal #{id} is achieved: Give a conference talk\n", achieved);
        Assert.StartsWith("No active goals.", await _kith.OkAsync("goals"), StringComparison.Ordinal);
        Assert.Contains("Give a conference talk", await _kith.OkAsync("goals", "--status", "achieved"), StringComparison.Ordinal);
        Assert.StartsWith("Your board: 0 active mentors, 0 areas, 0 gaps.", await _kith.OkAsync("mentors"), StringComparison.Ordinal);
        var detail = await _kith.JsonAsync("goal", "show", $"{id}");
        Assert.Equal("public speaking", detail.GetProperty("areas")[0].GetString());
    }

    [Fact]
    public async Task Note_ThenShow_ListsTheNoteWithItsTime()
    {
        var id = (await _kith.JsonAsync("goal", "add", "Give a conference talk", "--target", "2026-11-30")).GetProperty("id").GetInt32();

        var noted = await _kith.OkAsync("goal", "note", $"{id}", "Submitted the talk proposal");
        var show = await _kith.OkAsync("goal", "show", $"{id}");

        Assert.StartsWith($"Noted on goal #{id} at 2026-03-16 ", noted, StringComparison.Ordinal);
        Assert.StartsWith($"Goal #{id}: Give a conference talk\n", show, StringComparison.Ordinal);
        Assert.Matches(@"\nTarget +2026-11-30\n", show);
        Assert.Contains("Progress notes (1):", show, StringComparison.Ordinal);
        Assert.Contains("Submitted the talk proposal", show, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_UnknownHorizonAndImpossibleTarget_NamesBothOptionsAndAddsNothing()
    {
        var result = await _kith.RunAsync("goal", "add", "Lead a team", "--horizon", "decade", "--target", "2026-02-30");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("error: --horizon: Unknown horizon 'decade'. Use one-year, two-years, long-term.", result.Error, StringComparison.Ordinal);
        Assert.Contains("error: --target: '2026-02-30' is not a valid date", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, (await _kith.JsonAsync("goals", "--status", "all")).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Add_BlankTitle_FailsNamingTheArgument()
    {
        var result = await _kith.RunAsync("goal", "add", " ");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith("error: <title>: Say what you want to reach", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Note_UnknownGoal_FailsAsNotFound()
    {
        var result = await _kith.RunAsync("goal", "note", "9", "Progress");

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Equal("error: Goal 9 was not found.\n", result.Error);
    }
}
