namespace Kith.Cli.Tests.Commands;

public sealed class SnoozeCommandTests : IDisposable
{
    private readonly CliTestHost _kith = new();

    public void Dispose() => _kith.Dispose();

    [Fact]
    public async Task Snooze_Until_HidesThemFromDueUntilThatDay()
    {
        await _kith.OkAsync("add", "Ana Lima", "--every", "30d");

        var snoozed = await _kith.OkAsync("snooze", "ana", "--until", "2026-04-01");

        Assert.Equal("Ana Lima is snoozed until 2026-04-01.\nNext due 2026-04-01.\n", snoozed);
        Assert.Contains("Nothing is due today", await _kith.OkAsync("due"), StringComparison.Ordinal);
        _kith.Clock.Advance(TimeSpan.FromDays(16));
        Assert.Contains("snoozed until 1 Apr", await _kith.OkAsync("due"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Snooze_Clear_BringsThemBack()
    {
        await _kith.OkAsync("add", "Ana Lima", "--every", "30d");
        await _kith.OkAsync("snooze", "ana", "--until", "2026-04-01");

        var woken = await _kith.OkAsync("snooze", "ana", "--clear");

        Assert.StartsWith("Ana Lima is no longer snoozed.", woken, StringComparison.Ordinal);
        Assert.Contains("Ana Lima", await _kith.OkAsync("due"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-03-01", "error: --until: 2026-03-01 is not in the future")]
    [InlineData("2026-02-30", "error: --until: '2026-02-30' is not a valid date")]
    public async Task Snooze_BadDay_FailsNamingUntilAndChangesNothing(string day, string message)
    {
        await _kith.OkAsync("add", "Ana Lima", "--every", "30d");

        var result = await _kith.RunAsync("snooze", "ana", "--until", day);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith(message, result.Error, StringComparison.Ordinal);
        Assert.Contains("Ana Lima", await _kith.OkAsync("due"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Snooze_NeitherUntilNorClear_FailsSayingWhatIsNeeded()
    {
        await _kith.OkAsync("add", "Ana Lima");

        var result = await _kith.RunAsync("snooze", "ana");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith("error: --until: give the day to snooze until", result.Error, StringComparison.Ordinal);
    }
}
