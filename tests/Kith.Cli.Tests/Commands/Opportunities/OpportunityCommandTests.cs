namespace Kith.Cli.Tests.Commands.Opportunities;

public sealed class OpportunityCommandTests : IDisposable
{
    private readonly CliTestHost _kith = new();

    public void Dispose() => _kith.Dispose();

    [Fact]
    public async Task Add_WithRoleAndBuddy_SaysSoAndListsIt()
    {
        var bea = await _kith.AddPersonAsync("Bea Costa");

        var added = await _kith.OkAsync("opportunity", "add", "PMI chapter", "--kind", "association", "--role", "member", "--buddy", "bea");
        var list = await _kith.OkAsync("opportunities");

        Assert.Matches($@"^Added opportunity #(\d+): PMI chapter \(association\), your role: member, buddy: Bea Costa \(#{bea}\)\.\n", added);
        Assert.Matches(@"│ \d+ │ PMI chapter │ association │ member │ Bea Costa │\s+│ 0\s+│ 0\s+│", list);
    }

    [Fact]
    public async Task Event_ThenPeopleMet_LinksThemLogsItAndSetsFollowUps()
    {
        var ana = await _kith.AddPersonAsync("Ana Lima");
        var opportunity = (await _kith.JsonAsync("opportunity", "add", "PMI chapter")).GetProperty("id").GetInt32();
        var added = await _kith.OkAsync("opportunity", "event", $"{opportunity}", "Spring mixer", "--at", "2026-03-19T18:30", "--location", "Hotel Lisboa");
        var eventId = int.Parse(System.Text.RegularExpressions.Regex.Match(added, @"^Added event #(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        _kith.Clock.Advance(TimeSpan.FromDays(4));

        var metAna = await _kith.OkAsync("event", "met", $"{eventId}", "ana");
        var metDana = await _kith.OkAsync("event", "met", $"{eventId}", "--new", "Dana Reyes", "--org", "Globex", "--follow-up-on", "2026-03-27");

        Assert.StartsWith($"Added event #{eventId} to PMI chapter: Spring mixer, Thu 2026-03-19 18:30 (120 min) at Hotel Lisboa.", added, StringComparison.Ordinal);
        Assert.Matches($@"^Met Ana Lima \(#{ana}\) at Spring mixer \(PMI chapter\); it is on their timeline\.\n" +
            @"Added follow-up #\d+: Follow up with Ana after Spring mixer \(due Sat 2026-03-21\)\.\n$", metAna);
        Assert.Matches(@"^Met Dana Reyes \(#\d+\) at Spring mixer \(PMI chapter\); it is on their timeline\.\n" +
            @"Added follow-up #\d+: Follow up with Dana after Spring mixer \(due Fri 2026-03-27\)\.\n$", metDana);
        var dana = await _kith.JsonAsync("show", "Dana Reyes");
        Assert.Equal("Met at Spring mixer (PMI chapter)", dana.GetProperty("person").GetProperty("howWeMet").GetString());
        Assert.Equal("Globex", dana.GetProperty("person").GetProperty("organisation").GetString());
        var shown = await _kith.OkAsync("opportunity", "show", $"{opportunity}");
        Assert.Matches($@"│ {eventId} │ Thu 2026-03-19 18:30 │ Spring mixer │ Hotel Lisboa │ yes\s+│ Ana Lima \(#{ana}\), Dana Reyes \(#\d+\) │", shown);
        Assert.Matches(@"│ PMI chapter │ association │\s+│\s+│\s+│ 1\s+│ 2\s+│", await _kith.OkAsync("opportunities"));
    }

    [Fact]
    public async Task EventMet_Json_HasThePersonAndTheFollowUp()
    {
        var opportunity = (await _kith.JsonAsync("opportunity", "add", "Thursday five-a-side", "--kind", "sports-league")).GetProperty("id").GetInt32();
        var eventId = (await _kith.JsonAsync("opportunity", "event", $"{opportunity}", "League match", "--at", "2026-03-15T18:00")).GetProperty("id").GetInt32();

        var met = await _kith.JsonAsync("event", "met", $"{eventId}", "--new", "Hugo Park", "--no-follow-up");

        Assert.Equal("Hugo Park", met.GetProperty("person").GetProperty("displayName").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, met.GetProperty("followUp").ValueKind);
        Assert.True(met.GetProperty("event").GetProperty("attended").GetBoolean());
        Assert.Contains("No open follow-ups", await _kith.OkAsync("follow-up", "list"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EventMet_BeforeTheEvent_FailsAndAddsNoOne()
    {
        var opportunity = (await _kith.JsonAsync("opportunity", "add", "PMI chapter")).GetProperty("id").GetInt32();
        var eventId = (await _kith.JsonAsync("opportunity", "event", $"{opportunity}", "Spring mixer", "--at", "2026-04-02T18:30")).GetProperty("id").GetInt32();

        var result = await _kith.RunAsync("event", "met", $"{eventId}", "--new", "Dana Reyes");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("The event has not started yet", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, await _kith.PeopleCountAsync());
    }

    [Fact]
    public async Task EventMet_NoOneNamed_FailsNamingPerson()
    {
        var result = await _kith.RunAsync("event", "met", "1");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal("error: <person>: name whom you met, or add them with --new \"First Last\".\n", result.Error);
    }

    [Fact]
    public async Task Add_UnknownKind_FailsNamingKind()
    {
        var result = await _kith.RunAsync("opportunity", "add", "Book club", "--kind", "club");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal("error: --kind: Unknown kind 'club'. Use one of: association, mixer, sports-league, committee, union-role, volunteering, other.\n", result.Error);
    }

    [Fact]
    public async Task Event_WithoutAt_FailsNamingAt()
    {
        var opportunity = (await _kith.JsonAsync("opportunity", "add", "PMI chapter")).GetProperty("id").GetInt32();

        var result = await _kith.RunAsync("opportunity", "event", $"{opportunity}", "Spring mixer");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal("error: --at: Say when it starts, e.g. 2026-04-02T18:30.\n", result.Error);
    }

    [Fact]
    public async Task Event_UnknownOpportunity_ExitsNotFound()
    {
        var result = await _kith.RunAsync("opportunity", "event", "7", "Spring mixer", "--at", "2026-04-02T18:30");

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
    }

    [Fact]
    public async Task Opportunities_NoneYet_SaysHowToAddOne()
    {
        Assert.StartsWith("No opportunities yet.", await _kith.OkAsync("opportunities"), StringComparison.Ordinal);
    }
}
