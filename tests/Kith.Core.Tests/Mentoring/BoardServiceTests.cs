using Kith.Core.Mentoring;
using Kith.Core.People;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Core.Tests.Mentoring;

public sealed class BoardServiceTests : MentoringTestBase
{
    [Fact]
    public async Task Board_Empty_SaysToWriteGoalsAndFindMentors()
    {
        var board = await BoardAsync();

        Assert.Empty(board.Areas);
        Assert.Equal(["no-goals", "no-mentors"], board.Warnings.Select(w => w.Code));
    }

    [Fact]
    public async Task Board_GoalAreas_WithoutAnActiveMentorAreGapsWithSuggestionsFromMyNetwork()
    {
        await GoalAsync("Lead a team of five", "Moving into management", "Public speaking");
        var ana = await AddAsync(new PersonBuilder("Ana").Expert("public speaking").Level("more-senior").Employer("outside"));
        var ben = await AddAsync(new PersonBuilder("Ben").Tagged("Public Speaking"));
        var cai = await AddAsync(new PersonBuilder("Cai").Expert("moving into management"));
        await MentorAsync(cai, "active", "Moving into management");

        var board = await BoardAsync();

        var speaking = Assert.Single(board.Areas, a => a.Name == "Public speaking");
        Assert.True(speaking.IsGap);
        Assert.Equal(["Lead a team of five"], speaking.Goals.Select(g => g.Title));
        Assert.Equal([ana, ben], speaking.Suggestions.Select(s => s.PersonId));
        Assert.Equal("expertise in Public speaking; more senior; outside your employer", speaking.Suggestions[0].Why);
        Assert.Equal("tagged Public speaking", speaking.Suggestions[1].Why);

        var management = Assert.Single(board.Areas, a => a.Name == "Moving into management");
        Assert.False(management.IsGap);
        Assert.Equal(cai, Assert.Single(management.Mentors).PersonId);
        Assert.Empty(management.Suggestions);
        Assert.Equal(1, board.Gaps);
        Assert.Equal("One area your goals need has no mentor yet.", Assert.Single(board.Warnings, w => w.Code == "gaps").Message);
    }

    [Fact]
    public async Task Board_CandidateMentor_DoesNotCloseTheGapAndIsNotSuggestedAgain()
    {
        await GoalAsync("Speak at a conference", "Public speaking");
        var ana = await AddAsync(new PersonBuilder("Ana").Expert("Public speaking"));
        var ben = await AddAsync(new PersonBuilder("Ben").Expert("Public speaking"));
        await MentorAsync(ana, "candidate", "Public speaking");

        var area = Assert.Single((await BoardAsync()).Areas);

        Assert.True(area.IsGap);
        Assert.Equal(MentorshipStatus.Candidate, Assert.Single(area.Mentors).Status);
        Assert.Equal([ben], area.Suggestions.Select(s => s.PersonId));
    }

    [Fact]
    public async Task Board_Suggestions_NeverIncludeMeMyBossOrMyBossesBoss()
    {
        await GoalAsync("Understand the budget", "Finance");
        var me = await MeAsync();
        var bigBoss = await AddAsync(new PersonBuilder("Carla").Expert("Finance"));
        var boss = await AddAsync(new PersonBuilder("Bruno").Expert("Finance").ReportsTo(bigBoss));
        var dana = await AddAsync(new PersonBuilder("Dana").Expert("Finance"));
        await ReportsToAsync(me, boss);

        var area = Assert.Single((await BoardAsync()).Areas);

        Assert.Equal([dana], area.Suggestions.Select(s => s.PersonId));
    }

    [Fact]
    public async Task Board_OneMentorInMyDepartmentInsideMyEmployer_WarnsAboutAllThree()
    {
        await SetMyDepartmentAsync("Sales");
        await GoalAsync("Grow", "Negotiation");
        var ana = await AddAsync(new PersonBuilder("Ana", "Lima").InDepartment("sales").Employer("inside"));
        await MentorAsync(ana, "active", "Negotiation");

        var codes = (await BoardAsync()).Warnings.Select(w => w.Code).ToList();

        Assert.Equal(["one-mentor", "same-department", "none-outside"], codes);
        Assert.StartsWith("Ana Lima is your only mentor", (await BoardAsync()).Warnings[0].Message);
    }

    [Fact]
    public async Task Board_SeveralMentorsFromElsewhere_HasNoWarningsAboutTheMix()
    {
        await SetMyDepartmentAsync("Sales");
        await GoalAsync("Grow", "Negotiation", "Finance");
        var ana = await AddAsync(new PersonBuilder("Ana").InDepartment("Finance").Employer("inside"));
        var ben = await AddAsync(new PersonBuilder("Ben").Employer("outside"));
        await MentorAsync(ana, "active", "Finance");
        await MentorAsync(ben, "active", "Negotiation");

        var board = await BoardAsync();

        Assert.Empty(board.Warnings);
        Assert.Equal(2, board.ActiveMentors);
    }

    [Fact]
    public async Task Board_MentorPastTheirMeetingRhythm_HasGoneQuiet()
    {
        await GoalAsync("Grow", "Finance");
        var ana = await AddAsync(new PersonBuilder("Ana").Employer("outside"));
        var mentorship = await With<MentorshipService, MentorshipDetail>(s => s.CreateAsync(
            new MentorshipInput(ana, Status: "active", Areas: ["Finance"], MeetEvery: 4, MeetUnit: "weeks")));

        Assert.DoesNotContain((await BoardAsync()).Warnings, w => w.Code == "quiet");
        AdvanceDays(29);

        var board = await BoardAsync();
        var quiet = Assert.Single(board.Warnings, w => w.Code == "quiet");
        Assert.Equal(mentorship.Summary.Id, quiet.MentorshipId);
        Assert.Equal("Ana has gone quiet: you have not met since it became active 29 days ago, and you meant to meet every 4 weeks. Propose a few times.", quiet.Message);
        Assert.True(Assert.Single(board.Mentors).IsQuiet);
    }

    [Fact]
    public async Task Board_EndedMentorship_LeavesTheBoardButKeepsItsHistory()
    {
        await GoalAsync("Grow", "Finance");
        var ana = await AddAsync(new PersonBuilder("Ana"));
        var m = await MentorAsync(ana, "active", "Finance");
        await With<MentorshipService, MentorshipDetail>(s => s.ChangeStatusAsync(m.Summary.Id, new StatusChangeInput("ended")));

        var board = await BoardAsync();

        Assert.Empty(board.Mentors);
        Assert.True(Assert.Single(board.Areas).IsGap);
        var detail = await With<MentorshipService, MentorshipDetail>(s => s.GetAsync(m.Summary.Id));
        Assert.Equal([MentorshipStatus.Active, MentorshipStatus.Ended], detail.History.Select(h => h.Status));
    }

    [Fact]
    public async Task Candidates_AreaNoGoalNamesYet_MatchesExpertiseAndTags()
    {
        var ana = await AddAsync(new PersonBuilder("Ana").Expert("Écriture"));
        var ben = await AddAsync(new PersonBuilder("Ben").Tagged("écriture"));

        var found = await With<BoardService, IReadOnlyList<MentorSuggestion>>(s => s.CandidatesAsync("ÉCRITURE"));
        var none = await With<BoardService, IReadOnlyList<MentorSuggestion>>(s => s.CandidatesAsync("Gardening"));

        Assert.Equal([ana, ben], found.Select(f => f.PersonId));
        Assert.Empty(none);
    }

    private Task SetMyDepartmentAsync(string department) => DoAsync(async sp =>
    {
        var people = sp.GetRequiredService<PeopleService>();
        var me = await people.GetMeAsync();
        await people.UpdateAsync(me.Id, new PersonInput { FirstName = me.FirstName, LastName = me.LastName, Department = department });
    });
}
