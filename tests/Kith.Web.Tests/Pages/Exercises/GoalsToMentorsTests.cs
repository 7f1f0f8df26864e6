using System.Globalization;
using System.Net;
using Kith.Core.Common;
using Kith.Core.Mentoring;
using Kith.Core.People;

namespace Kith.Web.Tests.Pages.Exercises;

/// <summary>/exercises/goals-to-mentors: goals → areas → ideal mentors → first meetings, every step saving records.</summary>
public sealed class GoalsToMentorsTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly PageClient _client = new(factory);

    [Fact]
    public async Task Exercise_EndToEnd_SavesGoalsAreasCandidateMentorsAndAFirstMeeting()
    {
        var ada = await _client.AddPersonAsync(new PersonInput { FirstName = "Ada", LastName = "Inside", Expertise = ["Keynotes"], Employer = "inside" });
        var oscar = await _client.AddPersonAsync(new PersonInput { FirstName = "Oscar", LastName = "Outside", Expertise = ["Keynotes"], Employer = "outside" });
        var fran = await _client.AddPersonAsync(new PersonInput { FirstName = "Fran", LastName = "Figures", Tags = ["Budgets"], Employer = "outside", Level = "more-senior" });

        var step1 = await _client.GetAsync("/exercises/goals-to-mentors");
        Assert.Equal("Step 1 of 4", step1.Text(".exercise-step-count"));
        Assert.Equal(["In one year", "In two years", "Longer term"], step1.Texts("fieldset.exercise-horizon > legend"));
        var wrote = await _client.SubmitAsync(step1, "main form",
            ("Input.OneYear[0].Title", "Give a keynote"), ("Input.OneYear[0].TargetOn", "2026-11-30"),
            ("Input.TwoYears[0].Title", "Lead a team of five"));
        var goalIds = IdsIn(wrote, "goals");
        Assert.Equal(2, goalIds.Count);

        var step2 = await _client.FollowAsync(wrote);
        Assert.Equal("Step 2 of 4", step2.Text(".exercise-step-count"));
        Assert.StartsWith("Areas for “Give a keynote” (in one year, by Mon 30 Nov 2026)", step2.Text("label[for='Input_Areas_0_']"));
        var named = await _client.SubmitAsync(step2, "main form",
            ("Input.Areas[0]", "Keynotes"), ("Input.Areas[1]", "Budgets\nMoving into management, keynotes"));

        var step3 = await _client.FollowAsync(named);
        Assert.Equal("Step 3 of 4", step3.Text(".exercise-step-count"));
        Assert.Equal(["Keynotes", "Budgets", "Moving into management"], step3.Texts("fieldset.exercise-area > legend"));
        var keynotes = step3.QuerySelectorAll("fieldset.exercise-area")[0];
        Assert.Equal(["Inside your employer", "Outside your employer"], keynotes.QuerySelectorAll(".exercise-group-heading").Select(e => e.TextContent.Trim()));
        Assert.Equal("Ada Inside — expertise in Keynotes; inside your employer", keynotes.QuerySelectorAll(".exercise-group")[0].QuerySelector("label")!.TextContent.Trim());
        Assert.Equal("Oscar Outside — expertise in Keynotes; outside your employer", keynotes.QuerySelectorAll(".exercise-group")[1].QuerySelector("label")!.TextContent.Trim());
        Assert.Contains("Fran Figures — tagged Budgets; more senior; outside your employer", step3.QuerySelectorAll("fieldset.exercise-area")[1].TextContent);
        Assert.Equal("Nobody you know lists Moving into management as expertise or a tag yet.", step3.QuerySelectorAll("fieldset.exercise-area")[2].QuerySelector(".subtle")!.TextContent.Trim());

        var picked = await _client.SubmitAsync(step3, "main form",
            ("Input.Areas[0].PersonIds", Id(ada.Id)), ("Input.Areas[0].Kind", "guardian-angel"),
            ("Input.Areas[1].PersonIds", Id(fran.Id)),
            ("Input.Areas[2].Seeking", "has moved into management"), ("Input.Areas[2].Kind", "shepherd"));
        var mentorshipIds = IdsIn(picked, "mentorships");
        Assert.Equal(3, mentorshipIds.Count);

        var step4 = await _client.FollowAsync(picked);
        Assert.Equal("Step 4 of 4", step4.Text(".exercise-step-count"));
        Assert.Equal("First meetings", step4.Text("[aria-current=step]"));
        Assert.Equal(["2026-03-19", "2026-03-19", "2026-03-19"], step4.QuerySelectorAll("input[type=date]").Select(i => i.GetAttribute("value")));
        Assert.Equal(2, step4.QuerySelectorAll("input[type=datetime-local]").Length);
        var scheduled = await _client.SubmitAsync(step4, "main form",
            ("Input.Mentorships[0].AskOn", "2026-03-17"), ("Input.Mentorships[0].MeetingAt", "2026-03-24T12:30"));
        Assert.Equal($"/exercises/goals-to-mentors/done?goals={string.Join(",", goalIds)}&mentorships={string.Join(",", mentorshipIds)}",
            Uri.UnescapeDataString(scheduled.Response.Headers.Location!.OriginalString));

        var done = await _client.FollowAsync(scheduled);
        Assert.Equal("Your first steps are scheduled", done.Text("h1"));
        Assert.NotNull(done.QuerySelector(".exercise-done a[href='/board']"));
        var mentors = done.Texts("#done-mentors + ul li").Select(t => string.Join(" ", t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();
        Assert.Contains("Ada Inside — guardian angel for Keynotes Ask on Tue 17 Mar 2026 · first meeting Tue 24 Mar 2026, 12:30", mentors);
        Assert.Contains("Fran Figures — board member for Budgets Ask on Thu 19 Mar 2026", mentors);
        Assert.Contains("Someone who has moved into management — shepherd for Moving into management Start looking on Thu 19 Mar 2026", mentors);

        // The records behind the pages.
        var goal = await _client.WithServiceAsync<GoalDetail, GoalService>(s => s.GetAsync(goalIds[1]));
        Assert.Equal(GoalHorizon.TwoYears, goal.Horizon);
        Assert.Equal(["Budgets", "Keynotes", "Moving into management"], goal.Areas);
        var adaMentorship = await _client.WithServiceAsync<MentorshipDetail, MentorshipService>(s => s.GetAsync(mentorshipIds[0]));
        Assert.Equal((ada.Id, MentorshipStatus.Candidate, MentorKind.GuardianAngel), (adaMentorship.Summary.PersonId!.Value, adaMentorship.Summary.Status, adaMentorship.Summary.Kind));
        Assert.Equal(new DateOnly(2026, 3, 17), adaMentorship.Summary.AskOn);
        var meeting = Assert.Single(adaMentorship.Meetings);
        Assert.Equal(MeetingStatus.Scheduled, meeting.Status);
        Assert.Equal(new DateTimeOffset(2026, 3, 24, 12, 30, 0, TimeSpan.FromHours(-3)), meeting.StartsAt);

        var board = await _client.WithServiceAsync<BoardView, BoardService>(s => s.GetAsync());
        var keynoteRow = board.Areas.Single(a => a.Name == "Keynotes");
        Assert.True(keynoteRow.IsGap);
        Assert.Equal(["Ada Inside"], keynoteRow.Mentors.Select(m => m.Name));
        Assert.Equal([oscar.Id], keynoteRow.Suggestions.Select(s => s.PersonId));
        Assert.Equal(["Give a keynote", "Lead a team of five"], keynoteRow.Goals.Select(g => g.Title));
    }

    [Fact]
    public async Task Goals_AllEmpty_AsksForAtLeastOneGoalAndSavesNothing()
    {
        var before = await CountGoalsAsync();
        var step1 = await _client.GetAsync("/exercises/goals-to-mentors");

        var posted = await _client.SubmitAsync(step1, "main form");

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Equal("Write at least one goal. Where do you want to be a year from now?", posted.Document.FieldError("Input.OneYear[0].Title"));
        Assert.Equal("#Input_OneYear_0__Title", posted.Document.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal("true", posted.Document.QuerySelector("#Input_OneYear_0__Title")!.GetAttribute("aria-invalid"));
        Assert.Equal(before, await CountGoalsAsync());
    }

    [Fact]
    public async Task Goals_OneBadLine_ShowsItsMessagesKeepsWhatWasTypedAndSavesNoGoalAtAll()
    {
        var before = await CountGoalsAsync();
        var step1 = await _client.GetAsync("/exercises/goals-to-mentors");

        var posted = await _client.SubmitAsync(step1, "main form",
            ("Input.OneYear[0].Title", "Ship the new onboarding"),
            ("Input.TwoYears[1].Title", "Lead the platform team"), ("Input.TwoYears[1].TargetOn", "31/12/2027"),
            ("Input.LongTerm[2].TargetOn", "2030-01-01"));

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Equal("'31/12/2027' is not a valid date; use YYYY-MM-DD, e.g. 2026-03-31.", posted.Document.FieldError("Input.TwoYears[1].TargetOn"));
        Assert.Equal("Say what this goal is, or clear its target date.", posted.Document.FieldError("Input.LongTerm[2].Title"));
        Assert.Equal(["#Input_TwoYears_1__TargetOn", "#Input_LongTerm_2__Title"], posted.Document.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Ship the new onboarding", posted.Document.QuerySelector("#Input_OneYear_0__Title")!.GetAttribute("value"));
        Assert.Equal(before, await CountGoalsAsync());
    }

    [Fact]
    public async Task Areas_NoneNamed_AsksForOneAndStays()
    {
        var step2 = await StartWithGoalAsync("Speak at a meetup");

        var posted = await _client.SubmitAsync(step2, "main form", ("Input.Areas[0]", " , "));

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Equal("Name at least one area where a mentor would help, e.g. public speaking.", posted.Document.FieldError("Input.Areas[0]"));
    }

    [Fact]
    public async Task Areas_TooLong_ShowsTheCoreMessageUnderThatGoal()
    {
        var step2 = await StartWithGoalAsync("Write a book");

        var posted = await _client.SubmitAsync(step2, "main form", ("Input.Areas[0]", new string('x', 101)));

        Assert.Equal("Keep an area under 100 characters (it has 101).", posted.Document.FieldError("Input.Areas[0]"));
        var goalId = int.Parse(new Uri(step2.Url).Query.Split('=')[1], CultureInfo.InvariantCulture);
        Assert.Empty((await _client.WithServiceAsync<GoalDetail, GoalService>(s => s.GetAsync(goalId))).Areas);
    }

    [Fact]
    public async Task Mentors_NothingPicked_AsksForSomeoneAndSavesNoMentorship()
    {
        var step2 = await StartWithGoalAsync("Understand the budget cycle");
        var step3 = await _client.FollowAsync(await _client.SubmitAsync(step2, "main form", ("Input.Areas[0]", "How budgets get made")));
        var before = await CountMentorshipsAsync();

        var posted = await _client.SubmitAsync(step3, "main form");

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Equal("Choose at least one person, or describe whom you are looking for, for one of the areas.", posted.Document.FieldError("Input.Areas[0].Seeking"));
        Assert.Equal(before, await CountMentorshipsAsync());
    }

    [Fact]
    public async Task Meetings_PastAskDayAndPastMeetingTime_AreRefusedWithoutArrangingAMeetingTwice()
    {
        var mo = await _client.AddPersonAsync(new PersonInput { FirstName = "Mo", LastName = "Meet", Expertise = ["Pricing"] });
        var step2 = await StartWithGoalAsync("Set prices with confidence");
        var step3 = await _client.FollowAsync(await _client.SubmitAsync(step2, "main form", ("Input.Areas[0]", "Pricing")));
        var picked = await _client.SubmitAsync(step3, "main form", ("Input.Areas[0].PersonIds", Id(mo.Id)));
        var mentorshipId = IdsIn(picked, "mentorships").Single();
        var step4 = await _client.FollowAsync(picked);

        var pastDay = await _client.SubmitAsync(step4, "main form", ("Input.Mentorships[0].AskOn", "2026-03-10"));
        Assert.Equal("Tue 10 Mar 2026 has passed; choose today or a later day.", pastDay.Document.FieldError("Input.Mentorships[0].AskOn"));
        Assert.Null((await _client.WithServiceAsync<MentorshipDetail, MentorshipService>(s => s.GetAsync(mentorshipId))).Summary.AskOn);

        var pastTime = await _client.SubmitAsync(step4, "main form", ("Input.Mentorships[0].MeetingAt", "2026-03-15T10:00"));
        Assert.Equal("2026-03-15T10:00 has already passed; offer times still to come.", pastTime.Document.FieldError("Input.Mentorships[0].MeetingAt"));

        var fixedTime = await _client.SubmitAsync(pastTime.Document, "main form", ("Input.Mentorships[0].MeetingAt", "2026-03-20T09:00"));
        Assert.Equal(HttpStatusCode.Redirect, fixedTime.Status);
        var again = await _client.GetAsync(new Uri(step4.Url).PathAndQuery);
        Assert.Equal("First meeting: Fri 20 Mar 2026, 09:00", again.Text(".exercise-scheduled"));
        Assert.Empty(again.QuerySelectorAll("input[type=datetime-local]"));
        Assert.Single((await _client.WithServiceAsync<MentorshipDetail, MentorshipService>(s => s.GetAsync(mentorshipId))).Meetings);
    }

    [Fact]
    public async Task Areas_UnknownGoal_Returns404()
    {
        var page = await _client.GetAsync("/exercises/goals-to-mentors/areas?goals=987654", HttpStatusCode.NotFound);

        Assert.Equal("Goal not found", page.Text("h1"));
    }

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> StartWithGoalAsync(string title)
    {
        var step1 = await _client.GetAsync("/exercises/goals-to-mentors");
        return await _client.FollowAsync(await _client.SubmitAsync(step1, "main form", ("Input.OneYear[0].Title", title)));
    }

    /// <summary>The ids a step's redirect carries on, e.g. "goals=3,4".</summary>
    private static List<int> IdsIn(Submitted submitted, string name)
    {
        Assert.True(submitted.Status == HttpStatusCode.Redirect,
            $"Expected a redirect, got {submitted.Status}: {string.Join(" | ", submitted.Document.QuerySelectorAll(".field-error").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0))}");
        var query = Uri.UnescapeDataString(new Uri("http://localhost" + submitted.Response.Headers.Location!.OriginalString).Query.TrimStart('?'));
        var value = query.Split('&').Single(p => p.StartsWith(name + "=", StringComparison.Ordinal))[(name.Length + 1)..];
        return value.Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToList();
    }

    private Task<int> CountGoalsAsync() =>
        _client.WithServiceAsync<int, GoalService>(async s => (await s.ListAsync(new GoalQuery(Status: "all"))).TotalCount);

    private Task<int> CountMentorshipsAsync() =>
        _client.WithServiceAsync<int, MentorshipService>(async s => (await s.ListAsync(new MentorshipQuery(Status: "all"))).TotalCount);

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
