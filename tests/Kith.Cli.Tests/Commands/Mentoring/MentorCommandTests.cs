using System.Text.Json;

namespace Kith.Cli.Tests.Commands.Mentoring;

public sealed class MentorCommandTests : IDisposable
{
    private readonly CliTestHost _kith = new();

    public void Dispose() => _kith.Dispose();

    [Fact]
    public async Task Add_MyBossesBoss_IsRefusedWithTheExplanationAndAddsNothing()
    {
        var chief = await _kith.AddPersonAsync("Carl Chief");
        var boss = await _kith.AddPersonAsync("Bea Boss", "--reports-to", $"{chief}");
        await _kith.SetMyBossAsync(boss);

        var result = await _kith.RunAsync("mentor", "add", "Carl Chief", "--area", "strategy");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.StartsWith("error: <person>: Carl Chief is your boss's boss. Having them as your mentor means going over your boss's head",
            result.Error, StringComparison.Ordinal);
        Assert.Equal(0, (await _kith.JsonAsync("mentor", "list", "--status", "all")).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Add_MyBoss_IsRefusedWithTheExplanation()
    {
        var boss = await _kith.AddPersonAsync("Bea Boss");
        await _kith.SetMyBossAsync(boss);

        var result = await _kith.RunAsync("mentor", "add", "bea");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith("error: <person>: Bea Boss is your boss, and your boss cannot also be your mentor", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_Person_PrintsTheMentorshipAndTheNextStep()
    {
        await _kith.OkAsync("add", "Ana Lima");

        var output = await _kith.OkAsync("mentor", "add", "ana", "--kind", "shepherd", "--area", "public speaking", "--area", "finance",
            "--ask-on", "2026-03-20", "--every", "6w");

        Assert.Matches(@"^Added mentorship #(\d+): Ana Lima, shepherd for finance, public speaking; candidate since 2026-03-16\.\n", output);
        Assert.Contains("Ask them by Fri 2026-03-20; 'kith due' reminds you.", output, StringComparison.Ordinal);
        Assert.Contains("Meet every 6 weeks once it is active.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_Seeking_KeepsAPlaceholderForWhomIAmLookingFor()
    {
        var added = await _kith.JsonAsync("mentor", "add", "--seeking", "someone who has run a P&L", "--area", "finance");

        var summary = added.GetProperty("summary");
        Assert.Equal("someone who has run a P&L", summary.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("personId").ValueKind);
        Assert.Equal("board-member", summary.GetProperty("kind").GetString());
        Assert.Equal("candidate", summary.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Add_ActiveWithRhythm_JsonHasTheNextMeetingDue()
    {
        await _kith.OkAsync("add", "Ana Lima");

        var added = await _kith.JsonAsync("mentor", "add", "ana", "--status", "active", "--every", "6w", "--expectations", "Coffee, she reads my drafts");

        Assert.Equal(6, added.GetProperty("meetEvery").GetInt32());
        Assert.Equal("weeks", added.GetProperty("meetUnit").GetString());
        Assert.Equal("Coffee, she reads my drafts", added.GetProperty("expectations").GetString());
        Assert.Equal("every 6 weeks", added.GetProperty("summary").GetProperty("rhythm").GetString());
        Assert.Equal("2026-04-27", added.GetProperty("summary").GetProperty("nextMeetingDueOn").GetString());
    }

    [Fact]
    public async Task Add_NeitherPersonNorSeeking_FailsNamingThePerson()
    {
        var result = await _kith.RunAsync("mentor", "add", "--area", "finance");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith("error: <person>: Choose a person, or describe whom you are looking for", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_PersonAndSeeking_FailsAsAmbiguous()
    {
        await _kith.OkAsync("add", "Ana Lima");

        var result = await _kith.RunAsync("mentor", "add", "ana", "--seeking", "someone who speaks well");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith("error: --seeking: name the person or describe whom you are looking for, not both.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_SeveralMistakes_NamesEachOptionAndAddsNothing()
    {
        await _kith.OkAsync("add", "Ana Lima");

        var result = await _kith.RunAsync("mentor", "add", "ana", "--kind", "guru", "--ask-on", "2026-02-30", "--status", "friends");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("error: --kind: Unknown kind 'guru'.", result.Error, StringComparison.Ordinal);
        Assert.Contains("error: --ask-on: '2026-02-30' is not a valid date", result.Error, StringComparison.Ordinal);
        Assert.Contains("error: --status: Unknown status 'friends'.", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, (await _kith.JsonAsync("mentor", "list", "--status", "all")).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Add_MalformedRhythm_FailsNamingEvery()
    {
        await _kith.OkAsync("add", "Ana Lima");

        var result = await _kith.RunAsync("mentor", "add", "ana", "--every", "soon");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith("error: --every: 'soon' is not an interval", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_AlongThePipeline_KeepsADatedHistoryAfterItEnds()
    {
        await _kith.OkAsync("add", "Ana Lima");
        var id = (await _kith.JsonAsync("mentor", "add", "ana", "--area", "finance")).GetProperty("summary").GetProperty("id").GetInt32();

        _kith.Clock.Advance(TimeSpan.FromDays(2));
        var asked = await _kith.OkAsync("mentor", "status", $"{id}", "asked");
        _kith.Clock.Advance(TimeSpan.FromDays(3));
        await _kith.OkAsync("mentor", "status", $"{id}", "active", "--note", "Said yes over coffee");
        var ended = await _kith.OkAsync("mentor", "status", $"{id}", "ended", "--on", "2026-03-21");

        Assert.Equal($"Mentorship #{id} with Ana Lima: asked since 2026-03-18.\n", asked);
        Assert.StartsWith($"Mentorship #{id} with Ana Lima: ended since 2026-03-21.", ended, StringComparison.Ordinal);
        var show = await _kith.OkAsync("mentor", "show", $"{id}");
        Assert.Contains("│ 2026-03-16 │ candidate │", show, StringComparison.Ordinal);
        Assert.Contains("│ 2026-03-18 │ asked     │", show, StringComparison.Ordinal);
        Assert.Contains("│ 2026-03-21 │ active    │ Said yes over coffee │", show, StringComparison.Ordinal);
        Assert.Contains("│ 2026-03-21 │ ended     │", show, StringComparison.Ordinal);
        Assert.Contains("No current mentorships.", await _kith.OkAsync("mentor", "list"), StringComparison.Ordinal);
        Assert.Contains("│ Ana Lima │", await _kith.OkAsync("mentor", "list", "--status", "ended"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_MentorWhoBecameMyBoss_ShowFlagsItAndOnlyEndingIsAllowed()
    {
        var ana = await _kith.AddPersonAsync("Ana Lima");
        var id = (await _kith.JsonAsync("mentor", "add", $"{ana}", "--status", "active")).GetProperty("summary").GetProperty("id").GetInt32();
        await _kith.SetMyBossAsync(ana);

        var show = await _kith.OkAsync("mentor", "show", $"{id}");
        var paused = await _kith.RunAsync("mentor", "status", $"{id}", "paused");
        var ended = await _kith.RunAsync("mentor", "status", $"{id}", "ended");

        Assert.Contains("! Ana Lima is your boss, and your boss cannot also be your mentor", show, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InvalidInput, paused.ExitCode);
        Assert.StartsWith("error: <status>: Ana Lima is your boss", paused.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, ended.ExitCode);
    }

    [Fact]
    public async Task Status_UnknownStatusAndFutureDay_NamesBoth()
    {
        await _kith.OkAsync("add", "Ana Lima");
        var id = (await _kith.JsonAsync("mentor", "add", "ana")).GetProperty("summary").GetProperty("id").GetInt32();

        var result = await _kith.RunAsync("mentor", "status", $"{id}", "done", "--on", "2026-04-01");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("error: <status>: Unknown status 'done'.", result.Error, StringComparison.Ordinal);
        Assert.Contains("error: --on: 2026-04-01 is in the future", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_UnknownMentorship_FailsAsNotFound()
    {
        var result = await _kith.RunAsync("mentor", "show", "42");

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Equal("error: Mentorship 42 was not found.\n", result.Error);
    }

    [Fact]
    public async Task List_Json_PrintsAPageOfMentorships()
    {
        await _kith.OkAsync("add", "Ana Lima");
        await _kith.OkAsync("mentor", "add", "ana", "--kind", "guardian-angel", "--area", "how decisions get made here");

        var page = await _kith.JsonAsync("mentor", "list");

        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("Ana Lima", item.GetProperty("name").GetString());
        Assert.Equal("guardian-angel", item.GetProperty("kind").GetString());
        Assert.Equal(["how decisions get made here"], item.GetProperty("areas").EnumerateArray().Select(a => a.GetString()));
    }
}
