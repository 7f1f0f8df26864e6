namespace Kith.Cli.Tests.Commands;

public sealed class ShowCommandTests : IDisposable
{
    private readonly CliTestHost _kith = new();

    public void Dispose() => _kith.Dispose();

    [Fact]
    public async Task Show_Person_ShowsDetailsCadenceFollowUpsAndTimeline()
    {
        await _kith.OkAsync("add", "Ana Lima", "--email", "ana@example.org", "--org", "Acme", "--title", "CFO",
            "--role", "mentor", "--tag", "book club", "--notes", "Likes long walks", "--every", "30d");
        await _kith.OkAsync("log", "ana", "--kind", "lunch", "--summary", "Lunch at Rosa's", "--date", "2026-03-10T12:30");
        await _kith.OkAsync("follow-up", "ana", "Send the article", "--due", "2026-03-20");

        var shown = await _kith.OkAsync("show", "Ana Lima");

        Assert.Matches(@"^Ana Lima \(#\d+\)\n", shown);
        foreach (var expected in new[]
        {
            "Acme · CFO", "mentor", "ana@example.org", "book club", "Likes long walks",
            "every 30 days (at most 45 days)", "Last contact  2026-03-10", "Next due      2026-04-09",
            "Open follow-ups (1):", "Send the article", "2026-03-20",
            "Interactions (1):", "2026-03-10 12:30", "lunch", "Lunch at Rosa's",
        })
        {
            Assert.Contains(expected, shown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Show_LongTimeline_ShowsTheLatestTen()
    {
        await _kith.OkAsync("add", "Ana Lima");
        for (var day = 1; day <= 12; day++)
            await _kith.OkAsync("log", "ana", "--summary", $"Talk {day:00}", "--date", $"2026-03-{day:00}");

        var shown = await _kith.OkAsync("show", "ana");

        Assert.Contains("Last 10 of 12 interactions:", shown, StringComparison.Ordinal);
        Assert.Contains("Talk 12", shown, StringComparison.Ordinal);
        Assert.Contains("Talk 03", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Talk 02", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Talk 01", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_ByHashId_FindsThePerson()
    {
        var id = (await _kith.JsonAsync("add", "Ana Lima")).GetProperty("id").GetInt32();

        var shown = await _kith.OkAsync("show", $"#{id}");

        Assert.StartsWith($"Ana Lima (#{id})", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_Json_PrintsPersonFollowUpsAndInteractions()
    {
        await _kith.OkAsync("add", "Ana Lima", "--every", "2w");
        await _kith.OkAsync("log", "ana", "--summary", "Coffee", "--date", "2026-03-10");
        await _kith.OkAsync("follow-up", "ana", "Send the article", "--due", "2026-03-20");

        var card = await _kith.JsonAsync("show", "ana");

        Assert.Equal("Ana Lima", card.GetProperty("person").GetProperty("displayName").GetString());
        Assert.Equal("2026-03-24", card.GetProperty("person").GetProperty("nextDueOn").GetString());
        Assert.Equal("Send the article", Assert.Single(card.GetProperty("openFollowUps").EnumerateArray()).GetProperty("description").GetString());
        Assert.Equal("Coffee", Assert.Single(card.GetProperty("recentInteractions").EnumerateArray()).GetProperty("summary").GetString());
    }

    [Fact]
    public async Task Show_UnknownId_FailsAsNotFound()
    {
        var result = await _kith.RunAsync("show", "99");

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Equal("error: <person>: no one matches '99'. Try 'kith find 99'.\n", result.Error);
        Assert.Equal("", result.Output);
    }
}
