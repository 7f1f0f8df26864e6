using System.Net;
using Kith.Core.Mentoring;
using Kith.Core.People;

namespace Kith.Web.Tests.Api;

/// <summary>
/// The board of mentors. Its warnings speak about all my mentors at once, so every test gets its
/// own host and database (xunit makes a new instance of this class per test).
/// </summary>
public sealed class BoardApiTests : IDisposable
{
    private readonly KithWebFactory _factory = new();
    private readonly HttpClient _client;

    public BoardApiTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    private Task<BoardView> BoardAsync() => _client.GetOkAsync<BoardView>("/api/v1/board");

    private static List<string> Codes(BoardView board) => board.Warnings.Select(w => w.Code).ToList();

    [Fact]
    public async Task GetBoard_NewAccount_AsksForGoalsAndMentors()
    {
        var board = await BoardAsync();

        Assert.Equal(["no-goals", "no-mentors"], Codes(board));
        Assert.Empty(board.Areas);
        Assert.Equal((0, 0), (board.ActiveMentors, board.Gaps));
    }

    [Fact]
    public async Task GetBoard_GoalsWithoutMentors_ShowsTheirAreasAsGapsWithSuggestionsFromMyContacts()
    {
        var lead = await _client.CreateGoalAsync("Lead a team", "one-year", "public speaking", "finance");
        var company = await _client.CreateGoalAsync("Start a company", "long-term", "finance");
        var bea = await _client.CreatePersonAsync(new PersonInput { FirstName = "Bea", Expertise = ["Public Speaking"], Level = "more-senior", Employer = "outside", Department = "Sales" });
        var carl = await _client.CreatePersonAsync(new PersonInput { FirstName = "Carl", Tags = ["finance"], Employer = "inside" });
        var dan = await _client.CreatePersonAsync(new PersonInput { FirstName = "Dan", Expertise = ["finance"], Level = "peer" });
        await _client.CreatePersonAsync(new PersonInput { FirstName = "Eve", Expertise = ["cooking"] });

        var board = await BoardAsync();

        Assert.Equal(["finance", "public speaking"], board.Areas.Select(a => a.Name));
        Assert.All(board.Areas, a => Assert.True(a.IsGap));
        var finance = board.Areas[0];
        Assert.Equal([lead.Id, company.Id], finance.Goals.Select(g => g.Id));
        Assert.Equal([(dan.Id, "expertise in finance"), (carl.Id, "tagged finance; inside your employer")], finance.Suggestions.Select(s => (s.PersonId, s.Why)));
        var speaking = Assert.Single(board.Areas[1].Suggestions);
        Assert.Equal((bea.Id, "Bea", "expertise in public speaking; more senior; outside your employer"), (speaking.PersonId, speaking.Name, speaking.Why));
        Assert.Equal(["no-mentors", "gaps"], Codes(board));
        Assert.Equal("2 areas your goals need have no mentor yet.", board.Warnings[1].Message);
        Assert.Equal(2, board.Gaps);
    }

    [Fact]
    public async Task GetBoard_OneInsideMentorFromMyDepartment_WarnsUntilASecondFromOutsideJoins()
    {
        await _client.UpdateMeAsync(department: "Engineering");
        await _client.CreateGoalAsync("Lead a team", "one-year", "public speaking", "finance");
        var ana = await _client.CreatePersonAsync(new PersonInput { FirstName = "Ana", Department = "engineering ", Employer = "inside" });
        var mentorship = await _client.CreateActiveMentorAsync(ana.Id, "public speaking");

        var one = await BoardAsync();

        Assert.Equal(["one-mentor", "same-department", "none-outside", "gaps"], Codes(one));
        Assert.Equal(mentorship.Summary.Id, one.Warnings[0].MentorshipId);
        Assert.StartsWith("Ana is your only mentor.", one.Warnings[0].Message);
        Assert.Equal([("finance", true), ("public speaking", false)], one.Areas.Select(a => (a.Name, a.IsGap)));
        Assert.Equal([ana.Id], one.Areas[1].Mentors.Select(m => m.PersonId));
        Assert.Equal((1, 1), (one.ActiveMentors, one.Gaps));

        var olu = await _client.CreatePersonAsync(new PersonInput { FirstName = "Olu", Department = "Consulting", Employer = "outside" });
        await _client.CreateActiveMentorAsync(olu.Id, "finance");

        var two = await BoardAsync();
        Assert.Empty(two.Warnings);
        Assert.Equal((2, 0), (two.ActiveMentors, two.Gaps));
    }

    [Fact]
    public async Task GetBoard_MentorPastTheirRhythm_WarnsQuiet()
    {
        await _client.CreateGoalAsync("Lead a team", "one-year", "strategy");
        var ana = await _client.CreatePersonAsync(new PersonInput { FirstName = "Ana", LastName = "Quiet", Employer = "outside" });
        var mentorship = await _client.CreateMentorshipAsync(new MentorshipInput(ana.Id, Status: "active", Areas: ["strategy"], MeetEvery: 2, MeetUnit: "weeks"));
        Assert.DoesNotContain("quiet", Codes(await BoardAsync()));

        _factory.Clock.Advance(TimeSpan.FromDays(15));

        var board = await BoardAsync();
        var quiet = Assert.Single(board.Warnings, w => w.Code == "quiet");
        Assert.Equal((mentorship.Summary.Id, ana.Id), (quiet.MentorshipId, quiet.PersonId));
        Assert.Equal("Ana Quiet has gone quiet: you have not met since it became active 15 days ago, and you meant to meet every 2 weeks. Propose a few times.", quiet.Message);
        Assert.True(Assert.Single(board.Mentors).IsQuiet);
    }

    [Fact]
    public async Task GetBoard_ActiveMentorBecomesMyBossThenBossesBoss_FlagsBossConflictUntilEnded()
    {
        await _client.CreateGoalAsync("Set strategy", "two-years", "strategy");
        var ana = await _client.CreatePersonAsync("Ana", "Lima");
        var mentorship = await _client.CreateActiveMentorAsync(ana.Id, "strategy");
        Assert.DoesNotContain("boss-conflict", Codes(await BoardAsync()));

        await _client.UpdateMeAsync(reportsToId: ana.Id);

        var asBoss = await BoardAsync();
        var warning = Assert.Single(asBoss.Warnings, w => w.Code == "boss-conflict");
        Assert.Equal((mentorship.Summary.Id, ana.Id), (warning.MentorshipId, warning.PersonId));
        Assert.StartsWith("Ana Lima is now your boss in your org chart, so they can no longer be your mentor.", warning.Message);
        Assert.Equal(BossRelation.Boss, Assert.Single(asBoss.Mentors).BossConflict);
        Assert.True(Assert.Single(asBoss.Areas).IsGap);

        var bruno = await _client.CreatePersonAsync(new PersonInput { FirstName = "Bruno", ReportsToId = ana.Id });
        await _client.UpdateMeAsync(reportsToId: bruno.Id);

        var asBossesBoss = await BoardAsync();
        Assert.StartsWith("Ana Lima is now your boss's boss", Assert.Single(asBossesBoss.Warnings, w => w.Code == "boss-conflict").Message);
        Assert.Equal(BossRelation.BossesBoss, Assert.Single(asBossesBoss.Mentors).BossConflict);

        await _client.ChangeStatusAsync(mentorship.Summary.Id, "ended");
        Assert.DoesNotContain("boss-conflict", Codes(await BoardAsync()));
    }

    [Fact]
    public async Task GetBoard_Suggestions_NeverMyBossOrBossesBoss()
    {
        await _client.CreateGoalAsync("Close bigger deals", "one-year", "negotiation");
        var (boss, bossesBoss) = await _client.MyReportingLineAsync("Bruno", "Carla");
        await SetExpertiseAsync(boss, "negotiation");
        await SetExpertiseAsync(bossesBoss, "negotiation");
        var dan = await _client.CreatePersonAsync(new PersonInput { FirstName = "Dan", Expertise = ["negotiation"] });

        var area = Assert.Single((await BoardAsync()).Areas);

        Assert.Equal([dan.Id], area.Suggestions.Select(s => s.PersonId));
    }

    [Fact]
    public async Task ListCandidates_Area_PeopleWithThatExpertiseOrTagButNotMyReportingLine()
    {
        var (boss, _) = await _client.MyReportingLineAsync("Bruno", "Carla");
        await SetExpertiseAsync(boss, "negotiation");
        var dan = await _client.CreatePersonAsync(new PersonInput { FirstName = "Dan", Expertise = ["negotiation"], Employer = "outside" });
        var eve = await _client.CreatePersonAsync(new PersonInput { FirstName = "Eve", Tags = ["Negotiation"] });

        var all = await _client.GetOkAsync<List<MentorSuggestion>>("/api/v1/board/candidates?area=Negotiation");
        var first = await _client.GetOkAsync<List<MentorSuggestion>>("/api/v1/board/candidates?area=negotiation&limit=1");

        Assert.Equal([(dan.Id, "expertise in negotiation; outside your employer"), (eve.Id, "tagged negotiation")], all.Select(s => (s.PersonId, s.Why)));
        Assert.Equal([dan.Id], first.Select(s => s.PersonId));
        Assert.Empty(await _client.GetOkAsync<List<MentorSuggestion>>("/api/v1/board/candidates?area=knitting"));
    }

    [Theory]
    [InlineData("/api/v1/board/candidates", "area")]
    [InlineData("/api/v1/board/candidates?area=%20", "area")]
    [InlineData("/api/v1/board/candidates?area=finance&limit=0", "limit")]
    [InlineData("/api/v1/board/candidates?area=finance&limit=many", "limit")]
    public async Task ListCandidates_NoAreaOrBadLimit_Returns400OnTheField(string url, string field)
    {
        await (await _client.GetAsync(url)).ReadFieldErrorsAsync(field);
    }

    private async Task SetExpertiseAsync(PersonDetail person, string area) =>
        await (await _client.PutJsonAsync($"/api/v1/people/{person.Id}", new PersonInput
        {
            FirstName = person.FirstName, LastName = person.LastName, ReportsToId = person.ReportsTo?.Id, Expertise = [area],
        })).ReadAsync<PersonDetail>(HttpStatusCode.OK);
}
