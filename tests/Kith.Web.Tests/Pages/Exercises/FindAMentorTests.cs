using System.Globalization;
using System.Net;
using Kith.Core.Common;
using Kith.Core.Mentoring;
using Kith.Core.People;

namespace Kith.Web.Tests.Pages.Exercises;

/// <summary>/exercises/find-a-mentor: an area, then who, then the day to ask — ending in a candidate mentorship on the agenda.</summary>
public sealed class FindAMentorTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly PageClient _client = new(factory);

    [Fact]
    public async Task Exercise_SuggestedPerson_EndsInACandidateMentorshipOnThisWeeksAgenda()
    {
        var ada = await _client.AddPersonAsync(new PersonInput { FirstName = "Ada", LastName = "Orator", Expertise = ["Public speaking"], Employer = "outside", Level = "more-senior" });
        var step1 = await _client.GetAsync("/exercises/find-a-mentor");
        Assert.Equal("Step 1 of 3", step1.Text(".exercise-step-count"));
        Assert.Equal("Choose an area", step1.Text("[aria-current=step]"));
        Assert.Contains("Public speaking (1 person you know has this expertise)", step1.Texts("#Input_Area label"));

        var chose = await _client.SubmitAsync(step1, "main form", ("Input.Area", "Public speaking"));
        Assert.Equal("/exercises/find-a-mentor/who?area=Public%20speaking", chose.Response.Headers.Location!.OriginalString);
        var step2 = await _client.FollowAsync(chose);
        Assert.Equal("Step 2 of 3", step2.Text(".exercise-step-count"));
        Assert.Equal("Ada Orator — expertise in Public speaking; more senior; outside your employer", step2.Text($"label[for=Input_Who_{ada.Id}]"));

        var picked = await _client.SubmitAsync(step2, "main form", ("Input.Who", Id(ada.Id)), ("Input.Kind", "shepherd"));
        Assert.Matches(@"^/exercises/find-a-mentor/when\?mentorship=\d+$", picked.Response.Headers.Location!.OriginalString);
        var mentorshipId = int.Parse(picked.Response.Headers.Location!.OriginalString.Split('=')[1], CultureInfo.InvariantCulture);
        var step3 = await _client.FollowAsync(picked);
        Assert.Equal("Step 3 of 3", step3.Text(".exercise-step-count"));
        Assert.Contains("Ada Orator, shepherd for Public speaking.", step3.Text(".exercise-saved"));
        Assert.Equal("2026-03-19", step3.QuerySelector("#Input_AskOn")!.GetAttribute("value"));

        var scheduled = await _client.SubmitAsync(step3, "main form");
        Assert.Equal($"/exercises/find-a-mentor/done?mentorship={mentorshipId}", scheduled.Response.Headers.Location!.OriginalString);
        var done = await _client.FollowAsync(scheduled);
        Assert.Equal("On Thu 19 Mar 2026, ask Ada Orator to mentor you in Public speaking.", done.Text(".exercise-outcome"));
        Assert.NotNull(done.QuerySelector($"a[href='/mentorships/{mentorshipId}']"));
        Assert.NotNull(done.QuerySelector("a[href='/board']"));

        var saved = await _client.WithServiceAsync<MentorshipDetail, MentorshipService>(s => s.GetAsync(mentorshipId));
        Assert.Equal(ada.Id, saved.Summary.PersonId);
        Assert.Equal(MentorshipStatus.Candidate, saved.Summary.Status);
        Assert.Equal(MentorKind.Shepherd, saved.Summary.Kind);
        Assert.Equal(["Public speaking"], saved.Summary.Areas);
        Assert.Equal(new DateOnly(2026, 3, 19), saved.Summary.AskOn);
        var agenda = await _client.GetAsync("/?window=week");
        Assert.Contains("Ada Orator", agenda.Texts(".agenda-name"));
    }

    [Fact]
    public async Task Exercise_NobodyYet_SavesASomeoneWhoPlaceholderWithTheAskDate()
    {
        var step2 = await _client.GetAsync("/exercises/find-a-mentor/who?area=Running%20a%20P%26L");
        Assert.Contains("Nobody you know lists Running a P&L as expertise or a tag yet.", step2.Text(".exercise-options .subtle"));

        // Only the text is filled in: writing a description counts as choosing "nobody yet".
        var picked = await _client.SubmitAsync(step2, "main form", ("Input.Seeking", "has run a P&L"));
        var step3 = await _client.FollowAsync(picked);
        Assert.Equal("When will you start asking around?", step3.Text("label[for=Input_AskOn]"));
        var done = await _client.FollowAsync(await _client.SubmitAsync(step3, "main form", ("Input.AskOn", "2026-03-20")));

        Assert.Equal("On Fri 20 Mar 2026, start looking for someone who has run a P&L, to mentor you in Running a P&L.", done.Text(".exercise-outcome"));
        var mentorships = await _client.WithServiceAsync<Page<MentorshipSummary>, MentorshipService>(s => s.ListAsync(new MentorshipQuery()));
        var placeholder = Assert.Single(mentorships.Items, m => m.Seeking == "has run a P&L");
        Assert.Null(placeholder.PersonId);
        Assert.Equal(MentorKind.BoardMember, placeholder.Kind);
        Assert.Equal(new DateOnly(2026, 3, 20), placeholder.AskOn);
    }

    [Fact]
    public async Task Area_PrefilledFromQuery_ChecksAKnownAreaOrFillsInANewOne()
    {
        await _client.AddPersonAsync(new PersonInput { FirstName = "Fin", LastName = "Ance", Expertise = ["Budgeting"] });

        var known = await _client.GetAsync("/exercises/find-a-mentor?area=budgeting");
        var unknown = await _client.GetAsync("/exercises/find-a-mentor?area=Chess");

        Assert.Equal("Budgeting", known.QuerySelector("input[name='Input.Area'][checked]")!.GetAttribute("value"));
        Assert.Null(unknown.QuerySelector("input[name='Input.Area'][checked]"));
        Assert.Equal("Chess", unknown.QuerySelector("#Input_NewArea")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Area_NothingChosen_AsksForAnAreaAndStays()
    {
        await _client.AddPersonAsync(new PersonInput { FirstName = "Ola", LastName = "Option", Expertise = ["Negotiation"] });
        var step1 = await _client.GetAsync("/exercises/find-a-mentor");

        var posted = await _client.SubmitAsync(step1, "main form", ("Input.NewArea", "  "));

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Equal("Choose an area, or write the one you want to grow in.", posted.Document.FieldError("Input.Area"));
        Assert.Equal("#Input_Area", posted.Document.QuerySelector(".error-summary a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Who_NothingChosen_ShowsTheCoreMessageAndSavesNothing()
    {
        var before = await CountMentorshipsAsync();
        var step2 = await _client.GetAsync("/exercises/find-a-mentor/who?area=Chess");

        var posted = await _client.SubmitAsync(step2, "main form");

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.StartsWith("Choose a person, or describe whom you are looking for", posted.Document.FieldError("Input.Who"));
        Assert.Equal("Input_Who-error", posted.Document.QuerySelector("#Input_Who")!.GetAttribute("aria-describedby"));
        Assert.Equal(before, await CountMentorshipsAsync());
    }

    [Fact]
    public async Task When_DayInThePast_IsRefusedAndTheAskDateStaysUnset()
    {
        var step2 = await _client.GetAsync("/exercises/find-a-mentor/who?area=Go");
        var step3 = await _client.FollowAsync(await _client.SubmitAsync(step2, "main form", ("Input.Who", "seeking"), ("Input.Seeking", "plays go")));

        var posted = await _client.SubmitAsync(step3, "main form", ("Input.AskOn", "2026-03-01"));
        var empty = await _client.SubmitAsync(step3, "main form", ("Input.AskOn", ""));

        Assert.Equal("Sun 1 Mar 2026 has passed; choose today or a later day.", posted.Document.FieldError("Input.AskOn"));
        Assert.Equal("Choose the day you will ask; without a day it tends not to happen.", empty.Document.FieldError("Input.AskOn"));
        var mentorships = await _client.WithServiceAsync<Page<MentorshipSummary>, MentorshipService>(s => s.ListAsync(new MentorshipQuery()));
        Assert.Null(Assert.Single(mentorships.Items, m => m.Seeking == "plays go").AskOn);
    }

    [Fact]
    public async Task When_ChangingWhom_UpdatesTheSameMentorshipInsteadOfAddingOne()
    {
        var kim = await _client.AddPersonAsync(new PersonInput { FirstName = "Kim", LastName = "Change" });
        var step2 = await _client.GetAsync("/exercises/find-a-mentor/who?area=Hiring");
        var step3 = await _client.FollowAsync(await _client.SubmitAsync(step2, "main form", ("Input.Seeking", "has hired a team")));
        var before = await CountMentorshipsAsync();

        var change = await _client.GetAsync(step3.QuerySelector(".exercise-saved a")!.GetAttribute("href")!);
        Assert.Equal("has hired a team", change.QuerySelector("#Input_Seeking")!.GetAttribute("value"));
        var changed = await _client.FollowAsync(await _client.SubmitAsync(change, "main form",
            ("Input.Who", "other"), ("Input.OtherPersonId", Id(kim.Id)), ("Input.Seeking", "")));

        Assert.Contains("Kim Change, board member for Hiring.", changed.Text(".exercise-saved"));
        Assert.Equal(before, await CountMentorshipsAsync());
    }

    [Fact]
    public async Task When_UnknownMentorship_Returns404()
    {
        var page = await _client.GetAsync("/exercises/find-a-mentor/when?mentorship=987654", HttpStatusCode.NotFound);

        Assert.Equal("Mentorship not found", page.Text("h1"));
    }

    private Task<int> CountMentorshipsAsync() =>
        _client.WithServiceAsync<int, MentorshipService>(async s => (await s.ListAsync(new MentorshipQuery(Status: "all"))).TotalCount);

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
