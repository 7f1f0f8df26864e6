using System.Net;
using Kith.Core.Mentoring;
using Kith.Core.People;

namespace Kith.Web.Tests.Pages.Mentoring;

/// <summary>/mentorships/new, /mentorships/{id}, its commitments, deletion, and the person page's Mentoring card.</summary>
public sealed class MentorshipPagesTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly PageClient _client = new(factory);

    [Fact]
    public async Task New_NeitherPersonNorSeeking_AsksForOneNextToThePersonField()
    {
        var form = await _client.GetAsync("/mentorships/new");

        var posted = await _client.SubmitAsync(form, "main form", ("Input.PersonId", ""), ("Input.Seeking", ""));

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Equal("Choose a person, or describe whom you are looking for (\"someone who has led a reorganisation\").", posted.Document.FieldError("Input.PersonId"));
    }

    [Fact]
    public async Task New_SomeoneWho_MakesAPlaceholderCandidate()
    {
        var form = await _client.GetAsync("/mentorships/new?area=finance");
        Assert.Equal("finance", form.Text("#Input_Areas"));

        var posted = await _client.SubmitAsync(form, "main form", ("Input.Seeking", "has run a P&L"));

        var page = await _client.FollowAsync(posted);
        Assert.Equal("Someone who has run a P&L is now your board member (candidate).", page.Text("[role=status]"));
        Assert.Equal("Someone who has run a P&L", page.Text("h1"));
        Assert.Equal("Choose who the mentor is (edit) before arranging a meeting.", page.Text("#meetings p.subtle:last-child"));
    }

    [Fact]
    public async Task New_PersonWithRhythm_ShowsItOnTheDetailAndOnTheirPage()
    {
        var ada = await _client.AddPersonAsync(new PersonInput { FirstName = "Ada", LastName = "Guide" });
        var form = await _client.GetAsync($"/mentorships/new?personId={ada.Id}");
        Assert.Equal(3, form.QuerySelectorAll("#Input_Kind .check-explained .hint").Length);
        Assert.Equal("A senior person who looks out for you and speaks for you when you are not in the room.", form.Text("#Input_Kind_guardian-angel-hint"));

        var posted = await _client.SubmitAsync(form, "main form",
            ("Input.Kind", "shepherd"), ("Input.Areas", "moving into management"), ("Input.Status", "active"),
            ("Input.MeetEvery", "6"), ("Input.MeetUnit", "weeks"), ("Input.Expectations", "An hour every six weeks, for a year."));

        Assert.Matches(@"^/mentorships/\d+$", posted.Response.Headers.Location!.OriginalString);
        var page = await _client.FollowAsync(posted);
        Assert.Equal("Ada Guide is now your shepherd (active).", page.Text("[role=status]"));
        Assert.Equal(["moving into management"], page.Texts(".page-head .chip"));
        Assert.Equal("Every 6 weeks", page.QuerySelectorAll(".facts dd")[0].TextContent.Trim());
        Assert.Equal("An hour every six weeks, for a year.", page.Text(".expectations"));

        var person = await _client.GetAsync($"/people/{ada.Id}");
        var card = person.QuerySelector("#mentoring")!;
        Assert.Equal(posted.Response.Headers.Location!.OriginalString, card.QuerySelector("li a")!.GetAttribute("href"));
        Assert.Equal("Shepherd: moving into management", card.QuerySelector("li a")!.TextContent.Trim());
        Assert.Equal($"/mentorships/new?personId={ada.Id}", card.QuerySelector("p:last-child a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Edit_RhythmAndAreas_ReplacesThemOnTheDetail()
    {
        var eve = await _client.AddPersonAsync(new PersonInput { FirstName = "Eve", LastName = "Edit" });
        var mentorship = await _client.AddMentorshipAsync(new MentorshipInput(eve.Id, Areas: ["finance"], Status: "active"));
        var form = await _client.GetAsync($"/mentorships/{mentorship.Summary.Id}/edit");
        Assert.Equal("finance", form.Text("#Input_Areas"));
        Assert.NotNull(form.QuerySelector($"#Input_PersonId option[value='{eve.Id}'][selected]"));

        var posted = await _client.SubmitAsync(form, "main form", ("Input.Areas", "negotiation\nstrategy"), ("Input.MeetEvery", "2"), ("Input.MeetUnit", "months"));

        var page = await _client.FollowAsync(posted);
        Assert.Equal("Saved the mentorship with Eve Edit.", page.Text("[role=status]"));
        Assert.Equal(["negotiation", "strategy"], page.Texts(".page-head .chip"));
        Assert.Equal("Every 2 months", page.QuerySelectorAll(".facts dd")[0].TextContent.Trim());
    }

    [Fact]
    public async Task PostCommitment_ThenDone_ShowsItDoneAndTheResponseTime()
    {
        var cleo = await _client.AddPersonAsync(new PersonInput { FirstName = "Cleo", LastName = "Coach" });
        var mentorship = await _client.AddMentorshipAsync(new MentorshipInput(cleo.Id, Status: "active"));
        var page = await _client.GetAsync($"/mentorships/{mentorship.Summary.Id}");
        Assert.Equal("Your response time: Nothing asked or promised yet.", page.Text(".response-times"));

        var missing = await _client.SubmitAsync(page, "form[action*='handler=Commitment#']", ("Commitment.Description", ""));
        Assert.StartsWith("Say what was asked or promised", missing.Document.FieldError("Commitment.Description"));

        var asked = await _client.FollowAsync(await _client.SubmitAsync(page, "form[action*='handler=Commitment#']",
            ("Commitment.Kind", "request"), ("Commitment.Description", "Send my draft talk"), ("Commitment.DueOn", "2026-03-20")));
        Assert.Equal("They asked me: Send my draft talk, due Fri 20 Mar 2026.", asked.Text("[role=status]"));
        var promised = await _client.FollowAsync(await _client.SubmitAsync(asked, "form[action*='handler=Commitment#']",
            ("Commitment.Kind", "commitment"), ("Commitment.Description", "Read the book she lent me"), ("Commitment.DueOn", "")));
        Assert.Equal(["They asked me: Send my draft talk", "I promised: Read the book she lent me"], promised.Texts("#commitments > ul .follow-up-text"));

        var done = await _client.FollowAsync(await _client.SubmitAsync(promised, "#commitments > ul form"));

        Assert.Equal("Done: Send my draft talk.", done.Text("[role=status]"));
        Assert.Equal(["I promised: Read the book she lent me"], done.Texts("#commitments > ul .follow-up-text"));
        Assert.Equal(["They asked me: Send my draft talk"], done.Texts(".done-follow-ups .follow-up-text"));
        Assert.Equal("Your response time: You act in 0 days (median); 1 of 1 done on time; 1 open.", done.Text(".response-times"));
    }

    [Fact]
    public async Task Delete_AfterConfirming_RemovesTheMentorship()
    {
        var dee = await _client.AddPersonAsync(new PersonInput { FirstName = "Dee", LastName = "Leted" });
        var mentorship = await _client.AddMentorshipAsync(new MentorshipInput(dee.Id));
        var confirm = await _client.GetAsync($"/mentorships/{mentorship.Summary.Id}/delete");
        Assert.Equal("Delete the mentorship with Dee Leted?", confirm.Text("h1"));
        Assert.Equal($"/mentorships/{mentorship.Summary.Id}#pipeline", confirm.QuerySelector("a[href$='#pipeline']")!.GetAttribute("href"));

        var posted = await _client.SubmitAsync(confirm, "main form");

        Assert.Equal("/mentorships", posted.Response.Headers.Location!.OriginalString);
        Assert.Equal("Deleted the mentorship with Dee Leted.", (await _client.FollowAsync(posted)).Text("[role=status]"));
        await _client.GetAsync($"/mentorships/{mentorship.Summary.Id}", HttpStatusCode.NotFound);
    }
}

/// <summary>Moving a mentorship along its pipeline over several days; its own clock, so the dates are its own.</summary>
public sealed class MentorshipPipelineTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly PageClient _client = new(factory);

    [Fact]
    public async Task PostStatus_FromCandidateToEnded_KeepsEveryStepWithItsDate()
    {
        var ian = await _client.AddPersonAsync(new PersonInput { FirstName = "Ian", LastName = "Steps" });
        var mentorship = await _client.AddMentorshipAsync(new MentorshipInput(ian.Id, Areas: ["writing"]));
        var url = $"/mentorships/{mentorship.Summary.Id}";

        var page = await _client.GetAsync(url);
        Assert.NotNull(page.QuerySelector("#Change_Status option[value='asked'][selected]"));
        page = await ChangeAsync(page, "asked", "2026-03-16", "Asked over coffee");
        Assert.Equal("The mentorship with Ian Steps is asked since Mon 16 Mar 2026.", page.Text("[role=status]"));
        _client.Factory.Clock.Advance(TimeSpan.FromDays(3));
        page = await ChangeAsync(await _client.GetAsync(url), "active", "2026-03-18", null);
        _client.Factory.Clock.Advance(TimeSpan.FromDays(30));
        page = await ChangeAsync(await _client.GetAsync(url), "ended", "2026-04-15", "She moved abroad");

        var steps = page.QuerySelectorAll(".pipeline-step")
            .Select(s => (s.QuerySelector(".pipeline-name")!.TextContent.Trim(), s.QuerySelector(".pipeline-date")!.TextContent.Trim(), s.GetAttribute("aria-current")))
            .ToList();
        Assert.Equal(
        [
            ("Candidate", "Mon 16 Mar 2026", null),
            ("Asked", "Mon 16 Mar 2026", null),
            ("Active", "Wed 18 Mar 2026", null),
            ("Paused", "not yet", null),
            ("Ended", "now, since Wed 15 Apr 2026", "step"),
        ], steps);
        Assert.Equal(
            ["Mon 16 Mar 2026: Candidate", "Mon 16 Mar 2026: Asked — Asked over coffee", "Wed 18 Mar 2026: Active", "Wed 15 Apr 2026: Ended — She moved abroad"],
            page.QuerySelectorAll(".history-list li").Select(li => string.Join(" ", li.TextContent.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))));
        Assert.Null(page.QuerySelector("form[action*='handler=Meeting']"));

        var current = await _client.GetAsync("/mentorships");
        Assert.DoesNotContain("Ian Steps", current.Texts(".mentorships-table .person-link"));
        var ended = await _client.GetAsync("/mentorships?status=ended");
        Assert.Equal(["Ian Steps"], ended.Texts(".mentorships-table .person-link"));
        Assert.Equal("page", ended.QuerySelector(".tabs a[href='/mentorships?status=ended']")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task PostStatus_BeforeTheCurrentStep_IsRefusedNextToTheDate()
    {
        var jo = await _client.AddPersonAsync(new PersonInput { FirstName = "Jo", LastName = "Early" });
        var mentorship = await _client.AddMentorshipAsync(new MentorshipInput(jo.Id));
        var page = await _client.GetAsync($"/mentorships/{mentorship.Summary.Id}");

        var posted = await _client.SubmitAsync(page, "form[action*='handler=Status']", ("Change.Status", "asked"), ("Change.On", "2020-01-01"));

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.StartsWith("The mentorship has been candidate since", posted.Document.FieldError("Change.On"));
        Assert.Equal("2020-01-01", posted.Document.QuerySelector("#Change_On")!.GetAttribute("value"));
        Assert.Equal("Candidate", posted.Document.Text(".pipeline-step[aria-current=step] .pipeline-name"));
    }

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> ChangeAsync(AngleSharp.Html.Dom.IHtmlDocument page, string status, string on, string? note) =>
        await _client.FollowAsync(await _client.SubmitAsync(page, "form[action*='handler=Status']",
            ("Change.Status", status), ("Change.On", on), ("Change.Note", note ?? "")));
}
