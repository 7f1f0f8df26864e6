namespace Kith.Cli.Tests.Commands.Mentoring;

public sealed class CommitmentCommandTests : IDisposable
{
    private readonly CliTestHost _kith = new();

    public void Dispose() => _kith.Dispose();

    [Fact]
    public async Task AddThenDone_LeavesTheOpenListAndShowsMyResponseTime()
    {
        var mentorship = await MentorshipAsync();
        var added = await _kith.OkAsync("commitment", "add", $"{mentorship}", "Send Ana my draft talk", "--due", "2026-03-20");
        var id = (await _kith.JsonAsync("commitments")).GetProperty("items")[0].GetProperty("id").GetInt32();
        _kith.Clock.Advance(TimeSpan.FromDays(2));

        var done = await _kith.OkAsync("commitment", "done", $"{id}");

        Assert.Equal($"Added commitment #{id} to Ana Lima: Send Ana my draft talk (due Fri 2026-03-20).\n", added);
        Assert.Equal($"Commitment #{id} to Ana Lima is done 2026-03-18 (2 days): Send Ana my draft talk\n", done);
        Assert.Equal("No open requests or commitments.\nYour response times: You act in 2 days (median); 1 of 1 done on time.\n",
            await _kith.OkAsync("commitments"));
        Assert.Contains("│ Send Ana my draft talk │ 2026-03-16 │ 2026-03-20 │ done 2026-03-18 (2 days) │",
            await _kith.OkAsync("commitments", "--status", "done"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_Request_IsFromTheMentorAndShowsInMentorShow()
    {
        var mentorship = await MentorshipAsync();

        var added = await _kith.OkAsync("commitment", "add", $"{mentorship}", "Read The Manager's Path", "--kind", "request", "--asked-on", "2026-03-12");
        var show = await _kith.OkAsync("mentor", "show", $"{mentorship}");

        Assert.Matches(@"^Added request #\d+ from Ana Lima: Read The Manager's Path\.\n$", added);
        Assert.Contains("│ request │ Read The Manager's Path │ 2026-03-12 │", show, StringComparison.Ordinal);
        Assert.Contains("Your response times: 1 open.", show, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commitments_DueToday_ShowInDueWithTheirNumber()
    {
        var mentorship = await MentorshipAsync();
        var id = (await _kith.JsonAsync("commitment", "add", $"{mentorship}", "Send the slides", "--due", "2026-03-16")).GetProperty("id").GetInt32();

        var due = await _kith.OkAsync("due");

        Assert.Contains("Send the slides", due, StringComparison.Ordinal);
        Assert.Contains($"(commitment #{id})", due, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commitments_Json_PrintsAPage()
    {
        var mentorship = await MentorshipAsync();
        await _kith.OkAsync("commitment", "add", $"{mentorship}", "Read a book", "--kind", "request", "--due", "2026-03-30");

        var page = await _kith.JsonAsync("commitments", "--mentorship", $"{mentorship}");

        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("request", item.GetProperty("kind").GetString());
        Assert.Equal("2026-03-30", item.GetProperty("dueOn").GetString());
        Assert.Equal("Ana Lima", item.GetProperty("mentorName").GetString());
    }

    [Fact]
    public async Task Add_DueBeforeAskedAndUnknownKind_NamesBothOptions()
    {
        var mentorship = await MentorshipAsync();

        var result = await _kith.RunAsync("commitment", "add", $"{mentorship}", "Send the slides", "--kind", "promise", "--due", "2026-03-10");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("error: --kind: Unknown kind 'promise'.", result.Error, StringComparison.Ordinal);
        Assert.Contains("error: --due: The due date comes before the day it was asked (2026-03-16).", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Done_UnknownCommitment_FailsAsNotFound()
    {
        var result = await _kith.RunAsync("commitment", "done", "99");

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Equal("error: Commitment 99 was not found.\n", result.Error);
    }

    [Fact]
    public async Task Commitments_UnknownStatus_FailsNamingTheOption()
    {
        var result = await _kith.RunAsync("commitments", "--status", "late");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith("error: --status: Unknown status 'late'. Use open, done or all.", result.Error, StringComparison.Ordinal);
    }

    private async Task<int> MentorshipAsync()
    {
        await _kith.OkAsync("add", "Ana Lima");
        return (await _kith.JsonAsync("mentor", "add", "ana", "--status", "active")).GetProperty("summary").GetProperty("id").GetInt32();
    }
}
