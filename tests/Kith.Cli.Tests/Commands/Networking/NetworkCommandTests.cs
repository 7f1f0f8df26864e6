namespace Kith.Cli.Tests.Commands.Networking;

public sealed class NetworkCommandTests : IDisposable
{
    private readonly CliTestHost _kith = new();

    public void Dispose() => _kith.Dispose();

    [Fact]
    public async Task Commit_AWay_MarksItPickedAndListsTheStep()
    {
        var committed = await _kith.OkAsync("network", "commit", "weekly-lunch", "--on", "2026-03-20", "--what", "Lunch with Bea from Finance");
        var network = await _kith.OkAsync("network");

        Assert.Matches(@"^Committed to step #\d+ \(a weekly lunch with a different colleague\): Lunch with Bea from Finance, on Fri 2026-03-20\.\n$", committed);
        Assert.Matches(@"│ ✓\s+│ weekly-lunch ", network);
        Assert.Matches(@"│\s+│ sports-league ", network);
        Assert.Contains("Open steps (1):", network, StringComparison.Ordinal);
        Assert.Contains("│ Lunch with Bea from Finance │ 2026-03-20 │ open", network, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commit_WithoutWhat_UsesTheWaysFirstStepAndShowsInDueThatWeek()
    {
        var step = await _kith.JsonAsync("network", "commit", "professional-association", "--on", "2026-03-19");

        var due = await _kith.OkAsync("due", "--week");

        Assert.Equal("Find the next mixer and sign up", step.GetProperty("description").GetString());
        Assert.Contains("Find the next mixer and sign up", due, StringComparison.Ordinal);
        Assert.Contains($"(network step #{step.GetProperty("id").GetInt32()})", due, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Done_TakesTheStepOffTheOpenList()
    {
        var id = (await _kith.JsonAsync("network", "commit", "weekly-lunch", "--on", "2026-03-20")).GetProperty("id").GetInt32();

        var done = await _kith.OkAsync("network", "done", $"{id}");

        Assert.Equal($"Networking step #{id} is done: Pick a day and invite the first colleague (a weekly lunch with a different colleague)\n", done);
        Assert.Contains("No open networking steps.", await _kith.OkAsync("network"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pick_Ways_JsonShowsThemPicked()
    {
        await _kith.OkAsync("network", "pick", "sports-league", "outgoing-buddy");

        var choices = await _kith.JsonAsync("network");

        var picked = choices.GetProperty("ways").EnumerateArray().Where(w => w.GetProperty("picked").GetBoolean()).Select(w => w.GetProperty("way").GetString());
        Assert.Equal(["sports-league", "outgoing-buddy"], picked);
        Assert.Equal(7, choices.GetProperty("ways").GetArrayLength());
    }

    [Fact]
    public async Task Commit_UnknownWayAndNoDate_NamesBoth()
    {
        var result = await _kith.RunAsync("network", "commit", "lunch");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("error: <way>: Unknown way 'lunch'.", result.Error, StringComparison.Ordinal);
        Assert.Contains("error: --on: Choose a date", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commit_PastDay_FailsNamingOn()
    {
        var result = await _kith.RunAsync("network", "commit", "weekly-lunch", "--on", "2026-03-01");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal("error: --on: 2026-03-01 has passed; commit to today or a later day.\n", result.Error);
    }
}
