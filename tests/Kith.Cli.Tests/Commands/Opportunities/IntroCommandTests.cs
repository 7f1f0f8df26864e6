namespace Kith.Cli.Tests.Commands.Opportunities;

public sealed class IntroCommandTests : IDisposable
{
    private readonly CliTestHost _kith = new();

    public void Dispose() => _kith.Dispose();

    [Fact]
    public async Task Add_ToAPerson_SaysWhatToDoNext()
    {
        await _kith.OkAsync("add", "Carl Chief");
        await _kith.OkAsync("add", "Ana Lima");

        var output = await _kith.OkAsync("intro", "add", "carl", "--to", "ana", "--reason", "She ran the last budget cycle");

        Assert.Matches(@"^Added introduction #(\d+): ask Carl Chief to introduce you to Ana Lima\.\nOnce you have asked: kith intro step \1 asked\n$", output);
    }

    [Fact]
    public async Task StepsToMet_NewPerson_CreatesThemWithHowWeMetAndFollowUps()
    {
        await _kith.OkAsync("add", "Carl Chief");
        var intro = (await _kith.JsonAsync("intro", "add", "carl", "--people", "someone in Treasury")).GetProperty("id").GetInt32();

        var asked = await _kith.OkAsync("intro", "step", $"{intro}", "asked");
        var introduced = await _kith.OkAsync("intro", "step", $"{intro}", "introduced");
        var met = await _kith.OkAsync("intro", "step", $"{intro}", "met", "--new", "Dana Reyes", "--org", "Globex");

        Assert.StartsWith($"Introduction #{intro}: asked Carl Chief on 2026-03-16 to introduce you to someone in Treasury.", asked, StringComparison.Ordinal);
        Assert.Contains($"Once you have met: kith intro step {intro} met --new \"First Last\"", introduced, StringComparison.Ordinal);
        Assert.Matches($@"^Introduction #{intro}: met Dana Reyes \(#\d+\) on 2026-03-16, introduced by Carl Chief\.\n", met);
        var dana = await _kith.JsonAsync("show", "Dana Reyes");
        Assert.Equal("Introduced by Carl Chief", dana.GetProperty("person").GetProperty("howWeMet").GetString());
        Assert.Equal("Globex", dana.GetProperty("person").GetProperty("organisation").GetString());
        Assert.Single(dana.GetProperty("recentInteractions").EnumerateArray());
        var followUps = await _kith.OkAsync("follow-up", "list");
        Assert.Contains("Thank Carl for introducing you to Dana Reyes", followUps, StringComparison.Ordinal);
        Assert.Contains("Follow up with Dana after your first meeting", followUps, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StepMet_WithoutNamingWhom_MeetsTheTargetAsked()
    {
        await _kith.OkAsync("add", "Carl Chief");
        var ana = await _kith.AddPersonAsync("Ana Lima");
        var intro = (await _kith.JsonAsync("intro", "add", "carl", "--to", "ana")).GetProperty("id").GetInt32();

        var met = await _kith.JsonAsync("intro", "step", $"{intro}", "met", "--on", "2026-03-13");

        Assert.Equal("met", met.GetProperty("status").GetString());
        Assert.Equal(ana, met.GetProperty("target").GetProperty("id").GetInt32());
        Assert.Equal("2026-03-13", met.GetProperty("metOn").GetString());
    }

    [Fact]
    public async Task Intros_ByDefault_ListsOnlyOpenOnes()
    {
        await _kith.OkAsync("add", "Carl Chief");
        await _kith.OkAsync("add", "Ana Lima");
        await _kith.OkAsync("intro", "add", "carl", "--people", "someone in Treasury");
        var done = (await _kith.JsonAsync("intro", "add", "carl", "--to", "ana")).GetProperty("id").GetInt32();
        await _kith.OkAsync("intro", "step", $"{done}", "met");

        var open = await _kith.OkAsync("intros");
        var all = await _kith.OkAsync("intros", "--status", "all");

        Assert.Contains("│ someone in Treasury │ to ask │", open, StringComparison.Ordinal);
        Assert.DoesNotContain("Ana Lima", open, StringComparison.Ordinal);
        Assert.Matches(@"│ Ana Lima\s+│ met\s+│ asked 2026-03-16, introduced 2026-03-16, met 2026-03-16 │", all);
        Assert.EndsWith("page 1 of 1, 2 introductions\n", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_BothToAndPeople_FailsNamingPeople()
    {
        await _kith.OkAsync("add", "Carl Chief");
        await _kith.OkAsync("add", "Ana Lima");

        var result = await _kith.RunAsync("intro", "add", "carl", "--to", "ana", "--people", "someone in Treasury");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal("error: --people: name the person (--to) or describe the people (--people), not both.\n", result.Error);
    }

    [Fact]
    public async Task Add_NoOneToMeet_FailsNamingTheOptions()
    {
        await _kith.OkAsync("add", "Carl Chief");

        var result = await _kith.RunAsync("intro", "add", "carl");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith("error: --to/--people: Say whom you want to meet", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Step_Backwards_FailsNamingTheStep()
    {
        await _kith.OkAsync("add", "Carl Chief");
        var intro = (await _kith.JsonAsync("intro", "add", "carl", "--people", "someone in Treasury")).GetProperty("id").GetInt32();
        await _kith.OkAsync("intro", "step", $"{intro}", "introduced");

        var result = await _kith.RunAsync("intro", "step", $"{intro}", "asked");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal("error: <step>: This introduction is already introduced; the next step is met.\n", result.Error);
    }

    [Fact]
    public async Task Step_AfterMet_SaysThereIsNoStepAfterIt()
    {
        await _kith.OkAsync("add", "Carl Chief");
        await _kith.OkAsync("add", "Ana Lima");
        var intro = (await _kith.JsonAsync("intro", "add", "carl", "--to", "ana")).GetProperty("id").GetInt32();
        await _kith.OkAsync("intro", "step", $"{intro}", "met");

        var result = await _kith.RunAsync("intro", "step", $"{intro}", "met");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal("error: <step>: This introduction is already met; there is no step after it.\n", result.Error);
    }

    [Fact]
    public async Task Step_NewPersonBeforeMet_FailsNamingNew()
    {
        await _kith.OkAsync("add", "Carl Chief");
        var intro = (await _kith.JsonAsync("intro", "add", "carl", "--people", "someone in Treasury")).GetProperty("id").GetInt32();

        var result = await _kith.RunAsync("intro", "step", $"{intro}", "asked", "--new", "Dana Reyes");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal("error: --new: whom you met is recorded with the step met.\n", result.Error);
    }

    [Fact]
    public async Task Step_UnknownIntroduction_ExitsNotFound()
    {
        var result = await _kith.RunAsync("intro", "step", "9", "asked");

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
    }
}
