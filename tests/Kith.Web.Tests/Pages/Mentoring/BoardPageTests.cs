using Kith.Core.Mentoring;
using Kith.Core.People;

namespace Kith.Web.Tests.Pages.Mentoring;

/// <summary>/board: my goals' areas against my mentors, gaps with suggestions, and making a suggestion a candidate.</summary>
public sealed class BoardPageTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly PageClient _client = new(factory);

    [Fact]
    public async Task Get_GoalAreaNobodyMentors_MarksTheRowAsAGapInWordsAndSuggestsMatchingPeople()
    {
        await _client.AddGoalAsync("Give a keynote", "public speaking");
        var pat = await _client.AddPersonAsync(new PersonInput
        {
            FirstName = "Pat", LastName = "Podium", Expertise = ["Public Speaking"], Level = "more-senior", Employer = "outside", Department = "Events",
        });
        var tagged = await _client.AddPersonAsync(new PersonInput { FirstName = "Tia", LastName = "Tagged", Tags = ["public speaking"], Employer = "inside" });
        await _client.AddPersonAsync(new PersonInput { FirstName = "Una", LastName = "Unrelated", Expertise = ["knitting"] });

        var board = await _client.GetAsync("/board");

        var row = board.BoardRow("public speaking");
        Assert.Contains("board-gap", row.ClassList);
        Assert.Equal("No mentor yet", row.QuerySelector(".gap-label")!.TextContent.Trim());
        Assert.Equal("Give a keynote", row.QuerySelector(".board-goal")!.TextContent.Trim());

        var gap = board.GapCard("public speaking");
        var suggestions = gap.QuerySelectorAll(".suggestion").Select(s => (
            Name: s.QuerySelector(".person-link")!.TextContent.Trim(),
            Href: s.QuerySelector(".person-link")!.GetAttribute("href"),
            Why: s.QuerySelector(".suggestion-why")!.TextContent.Trim())).ToList();
        Assert.Equal(
        [
            ("Pat Podium", $"/people/{pat.Id}", "Expertise in public speaking; more senior; outside your employer"),
            ("Tia Tagged", $"/people/{tagged.Id}", "Tagged public speaking; inside your employer"),
        ], suggestions);
        Assert.Equal("/exercises/find-a-mentor?area=public%20speaking", gap.QuerySelector("a[href^='/exercises/find-a-mentor']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task PostCandidate_FromASuggestion_PutsThemInTheAreaRowAsCandidateAndStopsSuggestingThem()
    {
        await _client.AddGoalAsync("Negotiate my next contract", "negotiation");
        var nia = await _client.AddPersonAsync(new PersonInput { FirstName = "Nia", LastName = "Deal", Expertise = ["negotiation"] });
        var board = await _client.GetAsync("/board");
        var gap = board.GapCard("negotiation");
        Assert.Equal(["Nia Deal"], gap.QuerySelectorAll(".suggestion .person-link").Select(a => a.TextContent.Trim()));

        var posted = await _client.SubmitAsync(board, $"#{gap.Id} .suggestion form");

        Assert.Equal("/board#areas", posted.Response.Headers.Location!.OriginalString);
        var after = await _client.FollowAsync(posted);
        Assert.Equal("Nia Deal is now a candidate mentor for negotiation. Next: decide when to ask them.", after.Text("[role=status]"));
        var mentorColumn = after.QuerySelectorAll(".board-table thead th").Select(th => th.TextContent.Trim()).ToList().IndexOf("Nia Deal");
        Assert.True(mentorColumn > 0, "Nia Deal should have a column on the board.");
        var row = after.BoardRow("negotiation");
        Assert.Equal("Board member Candidate", string.Join(" ", row.Children[mentorColumn].TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));
        // A candidate is not yet a mentor: the area stays a gap, and says who is in the pipeline.
        Assert.Equal("No mentor yet", row.QuerySelector(".gap-label")!.TextContent.Trim());
        var card = after.GapCard("negotiation");
        Assert.Empty(card.QuerySelectorAll(".suggestion"));
        Assert.Equal("In the pipeline: Nia Deal (candidate). It counts once they are active.", card.QuerySelector(".gap-pipeline")!.TextContent.Trim());

        var mentorships = await _client.WithServiceAsync<Kith.Core.Common.Page<MentorshipSummary>, MentorshipService>(s => s.ListAsync(new MentorshipQuery(PersonId: nia.Id)));
        var made = Assert.Single(mentorships.Items);
        Assert.Equal((MentorshipStatus.Candidate, MentorKind.BoardMember), (made.Status, made.Kind));
        Assert.Equal(["negotiation"], made.Areas);
    }

    [Fact]
    public async Task Get_ActiveMentorForAnArea_ShowsTheRowAsCoveredAndListsTheMentor()
    {
        await _client.AddGoalAsync("Run a budget", "budgeting");
        var bo = await _client.AddPersonAsync(new PersonInput { FirstName = "Bo", LastName = "Budget", Department = "Finance", Employer = "inside" });
        var mentorship = await _client.AddMentorshipAsync(new MentorshipInput(bo.Id, Kind: "shepherd", Areas: ["budgeting"], Status: "active", MeetEvery: 4, MeetUnit: "weeks"));

        var board = await _client.GetAsync("/board");

        var row = board.BoardRow("budgeting");
        Assert.DoesNotContain("board-gap", row.ClassList);
        Assert.Equal("Covered", row.Children[^1].TextContent.Trim());
        Assert.DoesNotContain(board.QuerySelectorAll(".board-gap-card h3"), h => h.TextContent.Contains("budgeting", StringComparison.Ordinal));
        var mentorRow = board.QuerySelectorAll("#mentors tbody tr").Single(r => r.QuerySelector(".person-link")!.TextContent.Trim() == "Bo Budget");
        Assert.Equal($"/mentorships/{mentorship.Summary.Id}", mentorRow.QuerySelector(".person-link")!.GetAttribute("href"));
        Assert.Equal(["Shepherd", "Active", "budgeting", "every 4 weeks", "not yet"], mentorRow.Children.Skip(1).Select(c => c.TextContent.Trim()));
        Assert.Equal("Finance · Inside my employer", mentorRow.QuerySelector(".subtle")!.TextContent.Trim());
    }
}

/// <summary>/board for a new user: nothing to show, so it says where to start.</summary>
public sealed class BoardEmptyStateTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly PageClient _client = new(factory);

    [Fact]
    public async Task Get_NoGoalsNoMentors_PointsToTheExerciseAndTheGoalsPage()
    {
        var board = await _client.GetAsync("/board");

        Assert.Equal("Start with your goals", board.Text(".empty-state h2"));
        var links = board.QuerySelectorAll(".empty-state a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/exercises/goals-to-mentors", links);
        Assert.Contains("/goals", links);
        Assert.Null(board.QuerySelector(".board-table"));
        Assert.Equal("page", board.QuerySelector("nav[aria-label=Main] a[href='/board']")!.GetAttribute("aria-current"));
    }
}

/// <summary>/board's warnings about the board as a whole, each in words with its reason.</summary>
public sealed class BoardWarningsTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly PageClient _client = new(factory);

    [Fact]
    public async Task Get_OneQuietMentorFromMyDepartment_SaysSoInEachWarning()
    {
        await _client.UpdateMeAsync(me => me.Department = "Engineering");
        await _client.AddGoalAsync("Become a tech lead", "technical leadership", "hiring");
        var lee = await _client.AddPersonAsync(new PersonInput { FirstName = "Lee", LastName = "Lead", Department = "Engineering", Employer = "inside" });
        await _client.AddMentorshipAsync(new MentorshipInput(lee.Id, Areas: ["technical leadership"], Status: "active", MeetEvery: 2, MeetUnit: "weeks"));
        _client.Factory.Clock.Advance(TimeSpan.FromDays(20));

        var board = await _client.GetAsync("/board");

        var warnings = board.QuerySelectorAll(".board-warning")
            .Select(w => (Label: w.QuerySelector(".board-warning-label")!.TextContent.Trim(), Message: w.QuerySelector(".board-warning-message")!.TextContent.Trim()))
            .ToList();
        Assert.Equal(
        [
            ("Only one mentor:", "Lee Lead is your only mentor. Aim for several: a guardian angel, a shepherd for a transition, and a board of advisers each covering an area."),
            ("One department:", "Your mentor sits in your own department (Engineering). Someone from another department sees how decisions are made elsewhere."),
            ("Nobody outside:", "None of your mentors is outside your employer. Someone outside sees your field, not only your company, and can speak freely about your next move."),
            ("Gone quiet:", "Lee Lead has gone quiet: you have not met since it became active 20 days ago, and you meant to meet every 2 weeks. Propose a few times."),
            ("Gaps:", "One area your goals need has no mentor yet."),
        ], warnings);
        Assert.Equal("Gone quiet", board.QuerySelectorAll("#mentors tbody tr").Single().QuerySelector(".badge-overdue")!.TextContent.Trim());
    }
}

/// <summary>/board when goals exist but name no areas: the next step is naming them.</summary>
public sealed class BoardGoalsWithoutAreasTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly PageClient _client = new(factory);

    [Fact]
    public async Task Get_GoalWithoutAreas_AsksForTheAreasRatherThanGoals()
    {
        await _client.AddGoalAsync("Get promoted");

        var board = await _client.GetAsync("/board");

        Assert.Equal("Name the areas your goals need", board.Text(".empty-state h2"));
        Assert.Equal("/goals", board.QuerySelector(".empty-state p a")!.GetAttribute("href"));
    }
}
