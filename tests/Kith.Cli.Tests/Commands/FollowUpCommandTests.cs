namespace Kith.Cli.Tests.Commands;

public sealed class FollowUpCommandTests : IDisposable
{
    private readonly CliTestHost _kith = new();

    public void Dispose() => _kith.Dispose();

    [Fact]
    public async Task FollowUp_Add_ListShowsIt()
    {
        await _kith.OkAsync("add", "Ana Lima");

        var added = await _kith.OkAsync("follow-up", "ana", "Send the article", "--due", "2026-03-20");
        var list = await _kith.OkAsync("follow-up", "list");

        Assert.Matches(@"^Added follow-up #\d+ with Ana Lima: Send the article \(due Fri 2026-03-20\)\.", added);
        Assert.Contains("Send the article", list, StringComparison.Ordinal);
        Assert.Contains("2026-03-20", list, StringComparison.Ordinal);
        Assert.Contains("page 1 of 1, 1 follow-up", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUp_Done_LeavesDueAndTheOpenList()
    {
        await _kith.OkAsync("add", "Ana Lima");
        var id = (await _kith.JsonAsync("follow-up", "ana", "Send the article", "--due", "2026-03-16")).GetProperty("id").GetInt32();
        Assert.Contains("Send the article", await _kith.OkAsync("due"), StringComparison.Ordinal);

        var done = await _kith.OkAsync("follow-up", "done", $"#{id}");

        Assert.Equal($"Follow-up #{id} with Ana Lima is done: Send the article\n", done);
        Assert.Contains("Nothing is due today", await _kith.OkAsync("due"), StringComparison.Ordinal);
        Assert.Equal("No open follow-ups.\n", await _kith.OkAsync("follow-up", "list"));
        Assert.Contains("done 2026-03-16", await _kith.OkAsync("follow-up", "list", "--done"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUp_Reopen_PutsItBackOnTheOpenList()
    {
        await _kith.OkAsync("add", "Ana Lima");
        var id = (await _kith.JsonAsync("follow-up", "ana", "Send the article", "--due", "2026-03-20")).GetProperty("id").GetInt32();
        await _kith.OkAsync("follow-up", "done", $"{id}");

        await _kith.OkAsync("follow-up", "reopen", $"{id}");

        Assert.Contains("Send the article", await _kith.OkAsync("follow-up", "list"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUp_Delete_RemovesIt()
    {
        await _kith.OkAsync("add", "Ana Lima");
        var id = (await _kith.JsonAsync("follow-up", "ana", "Send the article", "--due", "2026-03-20")).GetProperty("id").GetInt32();

        await _kith.OkAsync("follow-up", "delete", $"{id}");

        Assert.Equal("No follow-ups.\n", await _kith.OkAsync("follow-up", "list", "--all"));
    }

    [Fact]
    public async Task FollowUp_ListForOnePerson_LeavesOthersOut()
    {
        await _kith.OkAsync("add", "Ana Lima");
        await _kith.OkAsync("add", "Bob Stone");
        await _kith.OkAsync("follow-up", "ana", "Send the article", "--due", "2026-03-20");
        await _kith.OkAsync("follow-up", "bob", "Book a table", "--due", "2026-03-18");

        var page = await _kith.JsonAsync("follow-up", "list", "--person", "bob");

        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("Book a table", item.GetProperty("description").GetString());
        Assert.Equal("Bob Stone", item.GetProperty("personName").GetString());
    }

    [Fact]
    public async Task FollowUp_AddSubcommand_ReachesAPersonNamedLikeASubcommand()
    {
        await _kith.OkAsync("add", "List");

        var added = await _kith.OkAsync("follow-up", "add", "List", "Send the slides", "--due", "2026-03-20");

        Assert.Contains("with List: Send the slides", added, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUp_ImpossibleDueDate_FailsNamingDueAndAddsNothing()
    {
        await _kith.OkAsync("add", "Ana Lima");

        var result = await _kith.RunAsync("follow-up", "ana", "Send the article", "--due", "2026-02-30");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith("error: --due: '2026-02-30' is not a valid date", result.Error, StringComparison.Ordinal);
        Assert.Equal("No follow-ups.\n", await _kith.OkAsync("follow-up", "list", "--all"));
    }

    [Fact]
    public async Task FollowUp_NoDueDateAndEmptyText_ReportsBoth()
    {
        await _kith.OkAsync("add", "Ana Lima");

        var result = await _kith.RunAsync("follow-up", "ana", " ");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("error: <text>: Say what you will do", result.Error, StringComparison.Ordinal);
        Assert.Contains("error: --due: Choose a due date.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUp_DoneUnknownId_FailsAsNotFound()
    {
        var result = await _kith.RunAsync("follow-up", "done", "99");

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Equal("error: Follow-up 99 was not found.\n", result.Error);
    }

    [Fact]
    public async Task FollowUp_DoneWithoutANumber_FailsNamingTheArgument()
    {
        var result = await _kith.RunAsync("follow-up", "done", "the-article");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith("error: <id>: 'the-article' is not a whole number.", result.Error, StringComparison.Ordinal);
    }
}
