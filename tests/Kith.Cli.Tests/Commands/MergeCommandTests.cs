namespace Kith.Cli.Tests.Commands;

public sealed class MergeCommandTests : IDisposable
{
    private readonly CliTestHost _kith = new();

    public void Dispose() => _kith.Dispose();

    [Fact]
    public async Task Merge_WithYes_MovesTheInteractionsAndFollowUpsAndDeletesTheOther()
    {
        var (keep, other) = await TwoAnasAsync();

        var output = await _kith.OkAsync("merge", $"{keep}", $"{other}", "--yes");

        Assert.Matches($@"│ Name\s+│ Ana Lima\s+│ Ana Lima\s+│", output);
        Assert.Matches(@"│ Interactions\s+│ 1\s+│ 1\s+│", output);
        Assert.Contains($"Merged Ana Lima (#{other}) into Ana Lima (#{keep}); #{other} is gone. Ana Lima now has 2 interactions.", output, StringComparison.Ordinal);
        var shown = await _kith.OkAsync("show", $"{keep}");
        Assert.Contains("Coffee near the office", shown, StringComparison.Ordinal);
        Assert.Contains("Call about the budget", shown, StringComparison.Ordinal);
        Assert.Contains("Send the article", shown, StringComparison.Ordinal);
        Assert.Contains("Acme", shown, StringComparison.Ordinal);
        Assert.Equal(3, (await _kith.RunAsync("show", $"{other}")).ExitCode);
        Assert.Equal(1, await _kith.PeopleCountAsync());
        Assert.Equal("No duplicates found.\n", await _kith.OkAsync("duplicates"));
    }

    [Fact]
    public async Task Merge_NoTerminalAndNoYes_ShowsBothAndMergesNothing()
    {
        var (keep, other) = await TwoAnasAsync();

        var result = await _kith.RunAsync("merge", $"{keep}", $"{other}");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"Ana Lima (#{other}) will be merged into Ana Lima (#{keep}) and then deleted.", result.Output, StringComparison.Ordinal);
        Assert.Contains("Run again with --yes to go ahead.", result.Error, StringComparison.Ordinal);
        Assert.Equal(2, await _kith.PeopleCountAsync());
    }

    [Fact]
    public async Task Merge_AnsweredYes_Merges()
    {
        var (keep, other) = await TwoAnasAsync();

        var result = await _kith.RunAnsweringAsync("yes", "merge", $"{keep}", $"{other}");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Merge? [y/N] ", result.Error);
        Assert.Equal(1, await _kith.PeopleCountAsync());
    }

    [Fact]
    public async Task Merge_SamePersonTwice_ExitsTwo()
    {
        var ana = await _kith.AddPersonAsync("Ana Lima");

        var result = await _kith.RunAsync("merge", $"{ana}", "ana", "--yes");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: <other>: 'ana' is Ana Lima (#{ana}) again; name two different people.\n", result.Error);
    }

    private async Task<(int Keep, int Other)> TwoAnasAsync()
    {
        var keep = await _kith.AddPersonAsync("Ana Lima", "--email", "ana@example.org");
        var other = await _kith.AddPersonAsync("Ana Lima", "--email", "ana@example.org", "--org", "Acme");
        await _kith.OkAsync("log", $"{keep}", "--summary", "Coffee near the office", "--date", "2026-03-02");
        await _kith.OkAsync("log", $"{other}", "--summary", "Call about the budget", "--date", "2026-03-09");
        await _kith.OkAsync("follow-up", $"{other}", "Send the article", "--due", "2026-03-20");
        return (keep, other);
    }
}
