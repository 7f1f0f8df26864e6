namespace Kith.Cli.Tests;

public sealed class KithCliTests : IDisposable
{
    private readonly CliTestHost _kith = new();

    public void Dispose() => _kith.Dispose();

    [Fact]
    public async Task Run_NoCommand_PrintsHelpWithCommandsAndExitCodes()
    {
        var result = await _kith.RunAsync();

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Commands:", result.Output, StringComparison.Ordinal);
        foreach (var command in new[] { "add", "log", "due", "find", "show", "follow-up", "cadence", "snooze",
            "mentors", "mentor", "goals", "goal", "meeting", "commitments", "commitment", "network",
            "plan", "pitch", "intro", "intros", "opportunity", "opportunities", "event", "calendar", "health" })
            Assert.Contains($"  {command} ", result.Output, StringComparison.Ordinal);
        Assert.Contains("Exit codes:", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_CommandHelp_ShowsItsOptionsAndExamples()
    {
        var result = await _kith.RunAsync("add", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--email <address>", result.Output, StringComparison.Ordinal);
        Assert.Contains("Examples:", result.Output, StringComparison.Ordinal);
        Assert.Contains("kith add \"Ana Lima\"", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_GroupWithoutSubcommand_ShowsItsSubcommandsAndExamples()
    {
        var result = await _kith.RunAsync("mentor");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        foreach (var subcommand in new[] { "add", "status", "show", "list" })
            Assert.Contains($"  {subcommand} ", result.Output, StringComparison.Ordinal);
        Assert.Contains("kith mentor add \"Ana Lima\"", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UnknownCommand_FailsWithUsageErrorOnStderr()
    {
        var result = await _kith.RunAsync("frobnicate");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains("error: Unrecognized command or argument 'frobnicate'.", result.Error, StringComparison.Ordinal);
        Assert.Contains("Run 'kith --help' for usage.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MissingRequiredArgument_NamesTheCommandOnce()
    {
        var result = await _kith.RunAsync("follow-up");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Single(result.Error.Split('\n'), line => line.StartsWith("error: ", StringComparison.Ordinal));
        Assert.Contains("Run 'kith follow-up --help' for usage.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_DbOption_PointsAtAnotherFile()
    {
        var other = new CliTestHost();
        try
        {
            await _kith.OkAsync("add", "Ana Lima");

            var elsewhere = await _kith.RunOnAsync(other.DatabasePath, "find");
            var here = await _kith.OkAsync("find");

            Assert.Contains("No one matches.", elsewhere.Output, StringComparison.Ordinal);
            Assert.Contains("Ana Lima", here, StringComparison.Ordinal);
        }
        finally
        {
            other.Dispose();
        }
    }

    [Fact]
    public async Task Run_DbOptionAfterTheCommand_IsHonoured()
    {
        await _kith.OkAsync("add", "Ana Lima");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await KithCli.RunAsync(["find", "--db", _kith.DatabasePath], output, error, _kith.Clock);

        Assert.Equal(0, exitCode);
        Assert.Contains("Ana Lima", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_DatabaseFileIsNotADatabase_FailsWithoutStackTrace()
    {
        await File.WriteAllTextAsync(_kith.DatabasePath, "this is not SQLite, just a text file that happens to be long enough");

        var result = await _kith.RunAsync("find");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.StartsWith($"error: cannot use the database file {_kith.DatabasePath}", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_OutputNotATerminal_HasNoEscapeCodes()
    {
        await _kith.OkAsync("add", "Ana Lima", "--role", "mentor", "--every", "30d");
        await _kith.OkAsync("follow-up", "ana", "Send the article", "--due", "2026-03-10");

        var output = await _kith.OkAsync("due") + await _kith.OkAsync("find") + await _kith.OkAsync("show", "ana");

        Assert.Contains("overdue", output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', output);
    }
}
