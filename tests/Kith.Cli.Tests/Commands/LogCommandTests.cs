namespace Kith.Cli.Tests.Commands;

public sealed class LogCommandTests : IDisposable
{
    private readonly CliTestHost _kith = new();

    public void Dispose() => _kith.Dispose();

    [Fact]
    public async Task Log_SomeoneDue_DueNoLongerListsThem()
    {
        await _kith.OkAsync("add", "Ana Lima", "--every", "30d");
        Assert.Contains("Ana Lima", await _kith.OkAsync("due"), StringComparison.Ordinal);

        var logged = await _kith.OkAsync("log", "ana", "--kind", "coffee", "--summary", "Caught up");

        Assert.Matches(@"^Logged coffee #\d+ with Ana Lima \(#\d+\) at 2026-03-16 12:00: Caught up", logged);
        Assert.Contains("Nothing is due today", await _kith.OkAsync("due"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Log_SeveralPeople_PutsTheInteractionOnEachTimeline()
    {
        await _kith.OkAsync("add", "Ana Lima");
        await _kith.OkAsync("add", "Bob Stone");

        await _kith.OkAsync("log", "Ana Lima", "bob", "--kind", "lunch", "--summary", "Lunch at Rosa's", "--date", "2026-03-01T12:30");

        var bob = await _kith.OkAsync("show", "bob");
        Assert.Contains("2026-03-01 12:30", bob, StringComparison.Ordinal);
        Assert.Contains("Lunch at Rosa's", bob, StringComparison.Ordinal);
        Assert.Contains("Ana Lima", bob, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Log_Json_PrintsTheInteraction()
    {
        await _kith.OkAsync("add", "Ana Lima");

        var logged = await _kith.JsonAsync("log", "ana", "--kind", "call", "--summary", "Intro to Bob", "--gave", "--date", "2026-03-12");

        Assert.Equal("call", logged.GetProperty("kind").GetString());
        Assert.Equal("gave", logged.GetProperty("exchange").GetString());
        Assert.Equal("Intro to Bob", logged.GetProperty("summary").GetString());
        Assert.Equal("Ana Lima", logged.GetProperty("people")[0].GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task Log_AmbiguousName_ListsTheMatchesAndLogsNothing()
    {
        var lima = (await _kith.JsonAsync("add", "Ana Lima")).GetProperty("id").GetInt32();
        var souza = (await _kith.JsonAsync("add", "Ana Souza")).GetProperty("id").GetInt32();

        var result = await _kith.RunAsync("log", "ana", "--kind", "lunch", "--summary", "Lunch");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("error: <person>: 'ana' matches 2 people; name one by id:", result.Error, StringComparison.Ordinal);
        Assert.Contains($"#{lima}  Ana Lima", result.Error, StringComparison.Ordinal);
        Assert.Contains($"#{souza}  Ana Souza", result.Error, StringComparison.Ordinal);
        Assert.Contains("No interactions logged yet.", await _kith.OkAsync("show", $"{lima}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Log_UnknownPerson_FailsAsNotFoundAndLogsNothing()
    {
        await _kith.OkAsync("add", "Ana Lima");

        var result = await _kith.RunAsync("log", "ana", "Zed", "--kind", "lunch", "--summary", "Lunch");

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.StartsWith("error: <person>: no one matches 'Zed'.", result.Error, StringComparison.Ordinal);
        Assert.Contains("No interactions logged yet.", await _kith.OkAsync("show", "ana"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Log_ImpossibleDate_FailsNamingTheDateOption()
    {
        await _kith.OkAsync("add", "Ana Lima");

        var result = await _kith.RunAsync("log", "ana", "--summary", "Lunch", "--date", "2026-02-30");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith("error: --date: '2026-02-30' is not a valid date or time", result.Error, StringComparison.Ordinal);
        Assert.Contains("No interactions logged yet.", await _kith.OkAsync("show", "ana"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Log_FutureDate_FailsNamingTheDateOption()
    {
        await _kith.OkAsync("add", "Ana Lima");

        var result = await _kith.RunAsync("log", "ana", "--summary", "Lunch", "--date", "2026-04-01");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith("error: --date: That is in the future", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Log_NoSummaryAndUnknownKind_ReportsBoth()
    {
        await _kith.OkAsync("add", "Ana Lima");

        var result = await _kith.RunAsync("log", "ana", "--kind", "dinner");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("error: --kind: Unknown kind 'dinner'.", result.Error, StringComparison.Ordinal);
        Assert.Contains("error: --summary: Write a few words about what happened.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Log_Myself_FailsNamingThePerson()
    {
        var me = await _kith.RunAsync("log", "1", "--summary", "Thinking");

        Assert.Equal(ExitCodes.InvalidInput, me.ExitCode);
        Assert.StartsWith("error: <person>: Leave yourself out", me.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Log_GaveAndAsked_FailsAsUsageError()
    {
        var result = await _kith.RunAsync("log", "ana", "--summary", "Lunch", "--gave", "--asked");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("error: --gave, --asked: use one or the other, not both.", result.Error, StringComparison.Ordinal);
    }
}
