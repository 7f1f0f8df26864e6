namespace Kith.Cli.Tests.Commands;

public sealed class DueCommandTests : IDisposable
{
    private readonly CliTestHost _kith = new();

    public void Dispose() => _kith.Dispose();

    [Fact]
    public async Task Due_NothingDue_SaysSo()
    {
        await _kith.OkAsync("add", "Ana Lima");

        var due = await _kith.OkAsync("due");

        Assert.Equal("Nothing is due today, Mon 2026-03-16.\n", due);
    }

    [Fact]
    public async Task Due_CadenceAndLateFollowUp_ListsTheMorePressingFirst()
    {
        await _kith.OkAsync("add", "Ana Lima", "--every", "30d");
        await _kith.OkAsync("add", "Bob Stone");
        await _kith.OkAsync("follow-up", "bob", "Send the slides", "--due", "2026-03-09");

        var due = await _kith.OkAsync("due");

        Assert.Contains("Due today, Mon 2026-03-16:", due, StringComparison.Ordinal);
        var bob = due.IndexOf("Bob Stone", StringComparison.Ordinal);
        var ana = due.IndexOf("Ana Lima", StringComparison.Ordinal);
        Assert.True(bob >= 0 && ana > bob, due);
        Assert.Contains("follow-up 7 days overdue: Send the slides", due, StringComparison.Ordinal);
        Assert.Contains("overdue", due[bob..ana], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Due_AfterTheCadenceRunsOut_ListsThePersonWithTheReason()
    {
        await _kith.OkAsync("add", "Ana Lima", "--every", "30d");
        await _kith.OkAsync("log", "ana", "--summary", "Coffee");

        _kith.Clock.Advance(TimeSpan.FromDays(31));
        var due = await _kith.OkAsync("due");

        Assert.Contains("Ana Lima", due, StringComparison.Ordinal);
        Assert.Contains("last talked 31 days ago, every 30 days (at most 45 days)", due, StringComparison.Ordinal);
        Assert.Contains("2026-04-15", due, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Due_Week_AddsWhatComesDueBySunday()
    {
        await _kith.OkAsync("add", "Ana Lima");
        await _kith.OkAsync("follow-up", "ana", "Send the article", "--due", "2026-03-20");

        var today = await _kith.OkAsync("due");
        var week = await _kith.OkAsync("due", "--week");

        Assert.DoesNotContain("Ana Lima", today, StringComparison.Ordinal);
        Assert.Contains("Due by Sun 2026-03-22:", week, StringComparison.Ordinal);
        Assert.Contains("Ana Lima", week, StringComparison.Ordinal);
        Assert.Contains("upcoming", week, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Due_MentorToAsk_NamesTheMentorshipToMoveOn()
    {
        await _kith.OkAsync("add", "Ana Lima");
        var id = (await _kith.JsonAsync("mentor", "add", "ana", "--area", "finance", "--ask-on", "2026-03-16"))
            .GetProperty("summary").GetProperty("id").GetInt32();

        var due = await _kith.OkAsync("due");

        Assert.Contains("Ana Lima", due, StringComparison.Ordinal);
        Assert.Contains($"(mentorship #{id})", due, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Due_Json_PrintsTheAgenda()
    {
        var ana = (await _kith.JsonAsync("add", "Ana Lima", "--role", "mentor", "--every", "30d")).GetProperty("id").GetInt32();

        var agenda = await _kith.JsonAsync("due");

        Assert.Equal("2026-03-16", agenda.GetProperty("today").GetString());
        Assert.Equal("today", agenda.GetProperty("window").GetString());
        var item = Assert.Single(agenda.GetProperty("items").EnumerateArray());
        Assert.Equal(ana, item.GetProperty("personId").GetInt32());
        Assert.Equal("cadence", item.GetProperty("kind").GetString());
        Assert.Equal("due", item.GetProperty("urgency").GetString());
        Assert.Equal("mentor", item.GetProperty("roles")[0].GetString());
    }
}
