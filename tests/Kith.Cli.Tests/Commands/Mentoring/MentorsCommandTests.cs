namespace Kith.Cli.Tests.Commands.Mentoring;

public sealed class MentorsCommandTests : IDisposable
{
    private readonly CliTestHost _kith = new();

    public void Dispose() => _kith.Dispose();

    [Fact]
    public async Task Mentors_GoalAreaWithoutMentor_ShowsTheGapWithASuggestion()
    {
        var ana = await _kith.AddPersonAsync("Ana Lima", "--expertise", "public speaking", "--level", "more-senior");
        await _kith.OkAsync("add", "Bob Stone", "--expertise", "gardening");
        await _kith.OkAsync("goal", "add", "Give a conference talk", "--area", "public speaking");

        var board = await _kith.OkAsync("mentors");

        Assert.StartsWith("Your board: 0 active mentors, 1 area, 1 gap.", board, StringComparison.Ordinal);
        var row = Assert.Single(board.Split('\n'), line => line.Contains("│ public speaking", StringComparison.Ordinal));
        Assert.Contains("│ Give a conference talk (one year) │", row, StringComparison.Ordinal);
        Assert.Contains("│ gap ", row, StringComparison.Ordinal);
        Assert.Contains($"Ana Lima (#{ana}): expertise in public speaking; more senior", row, StringComparison.Ordinal);
        Assert.DoesNotContain("Bob Stone", board, StringComparison.Ordinal);
        Assert.Contains("! You have no active mentors yet.", board, StringComparison.Ordinal);
        Assert.Contains("! One area your goals need has no mentor yet.", board, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mentors_ActiveMentorForTheArea_ClosesTheGapAndWarnsThereIsOnlyOne()
    {
        var ana = await _kith.AddPersonAsync("Ana Lima", "--expertise", "public speaking");
        await _kith.OkAsync("goal", "add", "Give a conference talk", "--area", "public speaking");
        await _kith.OkAsync("mentor", "add", $"{ana}", "--area", "public speaking", "--status", "active");

        var board = await _kith.OkAsync("mentors");

        Assert.StartsWith("Your board: 1 active mentor, 1 area, 0 gaps.", board, StringComparison.Ordinal);
        Assert.DoesNotContain("│ gap", board, StringComparison.Ordinal);
        Assert.Contains("! Ana Lima is your only mentor.", board, StringComparison.Ordinal);
        Assert.Contains("! None of your mentors is outside your employer.", board, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mentors_CandidateOnly_StillLeavesTheGapAndShowsTheCandidate()
    {
        var ana = await _kith.AddPersonAsync("Ana Lima");
        await _kith.OkAsync("goal", "add", "Give a conference talk", "--area", "public speaking");
        await _kith.OkAsync("mentor", "add", $"{ana}", "--area", "public speaking");

        var board = await _kith.OkAsync("mentors");

        Assert.Contains("│ gap ", board, StringComparison.Ordinal);
        Assert.Contains("Ana Lima (candidate)", board, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mentors_Json_PrintsTheBoard()
    {
        var ana = await _kith.AddPersonAsync("Ana Lima", "--expertise", "public speaking");
        await _kith.OkAsync("goal", "add", "Give a conference talk", "--area", "public speaking");

        var board = await _kith.JsonAsync("mentors");

        var area = Assert.Single(board.GetProperty("areas").EnumerateArray());
        Assert.Equal("public speaking", area.GetProperty("name").GetString());
        Assert.True(area.GetProperty("isGap").GetBoolean());
        Assert.Equal(ana, area.GetProperty("suggestions")[0].GetProperty("personId").GetInt32());
        Assert.Equal("one-year", area.GetProperty("goals")[0].GetProperty("horizon").GetString());
        Assert.Equal(1, board.GetProperty("gaps").GetInt32());
        Assert.Contains(board.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "no-mentors");
    }

    [Fact]
    public async Task Mentors_EmptyBoard_SaysWhereToStart()
    {
        var board = await _kith.OkAsync("mentors");

        Assert.StartsWith("Your board: 0 active mentors, 0 areas, 0 gaps.", board, StringComparison.Ordinal);
        Assert.Contains("! You have no active goals yet.", board, StringComparison.Ordinal);
        Assert.Contains("kith goal add", board, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Candidates_Area_ListsPeopleByExpertiseOrTagButNeverMyBoss()
    {
        var boss = await _kith.AddPersonAsync("Bea Boss", "--expertise", "finance");
        await _kith.SetMyBossAsync(boss);
        var carl = await _kith.AddPersonAsync("Carl Kent", "--tag", "finance");

        var output = await _kith.OkAsync("mentors", "candidates", "finance");

        Assert.StartsWith("Could mentor you in finance:", output, StringComparison.Ordinal);
        Assert.Contains("│ Carl Kent │ tagged finance", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Bea Boss", output, StringComparison.Ordinal);
        Assert.Contains($"Make one a mentor: kith mentor add {carl} --area \"finance\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Candidates_NoOneMatches_SuggestsDescribingWhomYouSeek()
    {
        await _kith.OkAsync("add", "Ana Lima", "--expertise", "gardening");

        var output = await _kith.OkAsync("mentors", "candidates", "finance");

        Assert.Contains("No one in your network has finance as expertise or as a tag.", output, StringComparison.Ordinal);
        Assert.Contains("kith mentor add --seeking", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Candidates_BlankArea_FailsNamingTheArgument()
    {
        var result = await _kith.RunAsync("mentors", "candidates", " ");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith("error: <area>: name an area", result.Error, StringComparison.Ordinal);
    }
}
