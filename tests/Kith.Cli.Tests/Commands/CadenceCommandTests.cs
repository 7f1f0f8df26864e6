namespace Kith.Cli.Tests.Commands;

public sealed class CadenceCommandTests : IDisposable
{
    private readonly CliTestHost _kith = new();

    public void Dispose() => _kith.Dispose();

    [Fact]
    public async Task Cadence_Set_CountsFromTheLastContact()
    {
        await _kith.OkAsync("add", "Ana Lima");
        await _kith.OkAsync("log", "ana", "--summary", "Coffee", "--date", "2026-03-10");

        var set = await _kith.OkAsync("cadence", "ana", "2w", "--max", "3");

        Assert.Equal("Ana Lima: keep in touch every 2 weeks (at most 3 weeks); next due 2026-03-24.\n", set);
        Assert.Equal(set, await _kith.OkAsync("cadence", "ana"));
    }

    [Fact]
    public async Task Cadence_Clear_TakesThemOffTheAgenda()
    {
        await _kith.OkAsync("add", "Ana Lima", "--every", "30d");
        Assert.Contains("Ana Lima", await _kith.OkAsync("due"), StringComparison.Ordinal);

        var cleared = await _kith.OkAsync("cadence", "ana", "--clear");

        Assert.Equal("Ana Lima: no cadence.\n", cleared);
        Assert.Contains("Nothing is due today", await _kith.OkAsync("due"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0d", "error: <interval>: A cadence must be at least 1 day")]
    [InlineData("often", "error: <interval>: 'often' is not an interval")]
    [InlineData("20y", "error: <interval>: '20y' is not an interval")]
    public async Task Cadence_BadInterval_FailsNamingItAndChangesNothing(string interval, string message)
    {
        await _kith.OkAsync("add", "Ana Lima", "--every", "30d");

        var result = await _kith.RunAsync("cadence", "ana", interval);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith(message, result.Error, StringComparison.Ordinal);
        Assert.Contains("every 30 days", await _kith.OkAsync("cadence", "ana"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cadence_MaxShorterThanIdeal_FailsNamingMax()
    {
        await _kith.OkAsync("add", "Ana Lima");

        var result = await _kith.RunAsync("cadence", "ana", "30d", "--max", "10d");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith("error: --max: The maximum interval must be at least the ideal one (30)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cadence_IntervalAndClear_FailsAsContradiction()
    {
        await _kith.OkAsync("add", "Ana Lima");

        var result = await _kith.RunAsync("cadence", "ana", "30d", "--clear");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith("error: --clear: give either an interval or --clear, not both.", result.Error, StringComparison.Ordinal);
    }
}
