using System.Net;
using Kith.Core.Mentoring;
using Kith.Core.People;

namespace Kith.Web.Tests.Api;

/// <summary>
/// Mentorships and the boss rule. Tests share one database and clock: each makes its own people,
/// and the boss-rule tests each set my reporting line before they rely on it.
/// </summary>
public sealed class MentorshipsApiTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private void AdvanceDays(int days) => factory.Clock.Advance(TimeSpan.FromDays(days));

    private async Task<List<int>> ListedIdsAsync(string query) =>
        (await _client.GetOkAsync<PageBody<MentorshipSummary>>($"/api/v1/mentorships?pageSize=200&{query}")).Items.Select(m => m.Id).ToList();

    [Fact]
    public async Task Create_CandidateWithAreas_Returns201WithLocationAndTheMentorship()
    {
        var ana = await _client.CreatePersonAsync("Ana", "Lima");

        var response = await _client.PostJsonAsync("/api/v1/mentorships", new MentorshipInput(
            ana.Id, Kind: "shepherd", Areas: ["public speaking"], AskOn: (await _client.TodayAsync()).AddDays(3).Iso(),
            Expectations: "Monthly coffee; I bring questions.", MeetEvery: 4, MeetUnit: "weeks"));

        var created = await response.ReadAsync<MentorshipDetail>(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/mentorships/{created.Summary.Id}", response.Headers.Location?.AbsolutePath);
        var json = await (await _client.GetAsync(response.Headers.Location!.ToString())).ReadJsonAsync();
        var summary = json.GetProperty("summary");
        Assert.Equal(("Ana Lima", "shepherd", "candidate", "every 4 weeks"),
            (summary.GetProperty("name").GetString(), summary.GetProperty("kind").GetString(), summary.GetProperty("status").GetString(), summary.GetProperty("rhythm").GetString()));
        Assert.Equal(["public speaking"], summary.GetProperty("areas").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("Monthly coffee; I bring questions.", json.GetProperty("expectations").GetString());
    }

    [Fact]
    public async Task ChangeStatus_CandidateAskedActiveEnded_KeepsTheDatedHistoryAfterEnding()
    {
        var ana = await _client.CreatePersonAsync("Ana", "Pipeline");
        var start = await _client.TodayAsync();
        var mentorship = await _client.CreateMentorshipAsync(new MentorshipInput(ana.Id, Areas: ["finance"]));

        AdvanceDays(2);
        await _client.ChangeStatusAsync(mentorship.Summary.Id, "asked", "Asked over coffee");
        AdvanceDays(5);
        var active = await _client.ChangeStatusAsync(mentorship.Summary.Id, "active", "She said yes");
        Assert.Contains(PersonRoles.Mentor, (await _client.GetOkAsync<PersonDetail>($"/api/v1/people/{ana.Id}")).Roles);
        Assert.Equal((MentorshipStatus.Active, start.AddDays(7)), (active.Summary.Status, active.Summary.StatusSince));
        AdvanceDays(30);
        await _client.ChangeStatusAsync(mentorship.Summary.Id, "ended", "She moved abroad");

        var ended = await _client.GetMentorshipAsync(mentorship.Summary.Id);
        Assert.Equal(
            [
                (MentorshipStatus.Candidate, start, (string?)null),
                (MentorshipStatus.Asked, start.AddDays(2), "Asked over coffee"),
                (MentorshipStatus.Active, start.AddDays(7), "She said yes"),
                (MentorshipStatus.Ended, start.AddDays(37), "She moved abroad"),
            ],
            ended.History.Select(h => (h.Status, h.On, h.Note)));
        Assert.Equal(["finance"], ended.Summary.Areas);
        Assert.DoesNotContain(mentorship.Summary.Id, await ListedIdsAsync("status=current"));
        Assert.Contains(mentorship.Summary.Id, await ListedIdsAsync("status=ended"));
    }

    [Fact]
    public async Task ChangeStatus_SameStatusOrFutureDay_Returns400AndChangesNothing()
    {
        var ana = await _client.CreatePersonAsync("Ana", "Twice");
        var mentorship = await _client.CreateMentorshipAsync(new MentorshipInput(ana.Id));

        var same = await (await _client.PostJsonAsync($"/api/v1/mentorships/{mentorship.Summary.Id}/status", new { status = "candidate" })).ReadFieldErrorsAsync("status");
        await (await _client.PostJsonAsync($"/api/v1/mentorships/{mentorship.Summary.Id}/status", new { status = "asked", on = (await _client.TodayAsync()).AddDays(1).Iso() }))
            .ReadFieldErrorsAsync("on");

        Assert.Equal(["The mentorship is already candidate."], same["status"]);
        Assert.Single((await _client.GetMentorshipAsync(mentorship.Summary.Id)).History);
    }

    [Fact]
    public async Task Create_Placeholder_NamesWhomIAmSeekingAndCannotBeActiveYet()
    {
        var placeholder = await _client.CreateMentorshipAsync(new MentorshipInput(null, Seeking: "has led a reorganisation", Areas: ["change management"]));

        Assert.Equal(("someone who has led a reorganisation", (int?)null), (placeholder.Summary.Name, placeholder.Summary.PersonId));
        var errors = await (await _client.PostJsonAsync($"/api/v1/mentorships/{placeholder.Summary.Id}/status", new { status = "active" })).ReadFieldErrorsAsync("status");
        Assert.Equal(["Choose who the mentor is before marking the mentorship active."], errors["status"]);
    }

    [Fact]
    public async Task Create_NeitherPersonNorSeeking_Returns400OnPersonId()
    {
        var before = (await _client.GetOkAsync<PageBody<MentorshipSummary>>("/api/v1/mentorships?status=all&pageSize=1")).TotalCount;

        await (await _client.PostJsonAsync("/api/v1/mentorships", new { kind = "mentor-ish", meetEvery = 0 })).ReadFieldErrorsAsync("personId", "kind", "meetEvery");

        Assert.Equal(before, (await _client.GetOkAsync<PageBody<MentorshipSummary>>("/api/v1/mentorships?status=all&pageSize=1")).TotalCount);
    }

    [Fact]
    public async Task Create_Myself_Returns400OnPersonId()
    {
        var me = await _client.GetMeAsync();

        var errors = await (await _client.PostJsonAsync("/api/v1/mentorships", new MentorshipInput(me.Id))).ReadFieldErrorsAsync("personId");

        Assert.Equal(["You cannot be your own mentor; choose someone else."], errors["personId"]);
    }

    [Fact]
    public async Task Create_WrongJsonTypes_Returns400NamingTheField()
    {
        var id = await _client.SendRawAsync(HttpMethod.Post, "/api/v1/mentorships", """{ "personId": "7" }""");
        var areas = await _client.SendRawAsync(HttpMethod.Post, "/api/v1/mentorships", """{ "seeking": "a coach", "areas": "finance" }""");

        Assert.Equal(["Expected a whole number."], (await id.ReadFieldErrorsAsync("personId"))["personId"]);
        Assert.Equal(["Expected a list of text values."], (await areas.ReadFieldErrorsAsync("areas"))["areas"]);
    }

    [Fact]
    public async Task Create_MyBossesBoss_Returns400OnPersonIdExplainingTheLeapfrog()
    {
        var (_, bossesBoss) = await _client.MyReportingLineAsync("Bruno", "Carla");

        var problem = await (await _client.PostJsonAsync("/api/v1/mentorships", new { personId = bossesBoss.Id, status = "candidate" }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);

        var message = Assert.Single(Assert.Single(problem.Errors!, e => e.Key == "personId").Value);
        Assert.StartsWith("Carla Chief is your boss's boss.", message);
        Assert.Contains("going over your boss's head", message);
        Assert.Empty(await ListedIdsAsync($"status=all&personId={bossesBoss.Id}"));
    }

    [Fact]
    public async Task Create_MyBoss_Returns400OnPersonIdExplainingCandour()
    {
        var (boss, _) = await _client.MyReportingLineAsync("Bruno", "Carla");

        var errors = await (await _client.PostJsonAsync("/api/v1/mentorships", new { personId = boss.Id })).ReadFieldErrorsAsync("personId");

        Assert.StartsWith("Bruno Manager is your boss, and your boss cannot also be your mentor", errors["personId"][0]);
        Assert.Empty(await ListedIdsAsync($"status=all&personId={boss.Id}"));
    }

    [Fact]
    public async Task Create_BossOutsideMyEmployer_IsStillRefused()
    {
        var boss = await _client.CreatePersonAsync(new PersonInput { FirstName = "Olga", LastName = "Agency", Employer = "outside" });
        await _client.UpdateMeAsync(reportsToId: boss.Id);

        await (await _client.PostJsonAsync("/api/v1/mentorships", new { personId = boss.Id })).ReadFieldErrorsAsync("personId");
    }

    [Fact]
    public async Task Create_NoBossRecorded_AcceptsAFormerManager()
    {
        var former = await _client.CreatePersonAsync("Fred", "Former");
        await _client.UpdateMeAsync(reportsToId: former.Id);
        await _client.UpdateMeAsync(reportsToId: null);

        var mentorship = await _client.CreateActiveMentorAsync(former.Id, "career");

        Assert.Equal(MentorshipStatus.Active, mentorship.Summary.Status);
        Assert.Null(mentorship.BossConflict);
    }

    [Fact]
    public async Task UpdatePerson_ReportsToLoop_Returns400OnReportsToId()
    {
        var boss = await _client.CreatePersonAsync("Lena", "Loop");
        var me = await _client.UpdateMeAsync(reportsToId: boss.Id);

        var errors = await (await _client.PutJsonAsync($"/api/v1/people/{boss.Id}", new PersonInput { FirstName = "Lena", LastName = "Loop", ReportsToId = me.Id }))
            .ReadFieldErrorsAsync("reportsToId");

        Assert.Contains("loop in the org chart", errors["reportsToId"][0]);
        Assert.Null((await _client.GetOkAsync<PersonDetail>($"/api/v1/people/{boss.Id}")).ReportsTo);
    }

    [Fact]
    public async Task ChangeStatus_ReopeningAMentorWhoBecameMyBoss_Returns400OnStatus()
    {
        var ana = await _client.CreatePersonAsync("Ana", "Promoted");
        var mentorship = await _client.CreateActiveMentorAsync(ana.Id, "strategy");
        await _client.ChangeStatusAsync(mentorship.Summary.Id, "paused");
        await _client.UpdateMeAsync(reportsToId: ana.Id);

        var flagged = await _client.GetMentorshipAsync(mentorship.Summary.Id);
        var errors = await (await _client.PostJsonAsync($"/api/v1/mentorships/{mentorship.Summary.Id}/status", new { status = "active" })).ReadFieldErrorsAsync("status");

        Assert.StartsWith("Ana Promoted is your boss", flagged.BossConflict);
        Assert.StartsWith("Ana Promoted is your boss", errors["status"][0]);
        Assert.Equal(MentorshipStatus.Paused, (await _client.GetMentorshipAsync(mentorship.Summary.Id)).Summary.Status);
        // Ending it is always allowed: that is what the conflict asks for.
        Assert.Equal(MentorshipStatus.Ended, (await _client.ChangeStatusAsync(mentorship.Summary.Id, "ended")).Summary.Status);
    }

    [Fact]
    public async Task Update_Put_ReplacesAreasAndRhythm()
    {
        var ana = await _client.CreatePersonAsync("Ana", "Update");
        var mentorship = await _client.CreateMentorshipAsync(new MentorshipInput(ana.Id, Areas: ["finance"]));

        var updated = await (await _client.PutJsonAsync($"/api/v1/mentorships/{mentorship.Summary.Id}", new MentorshipInput(
            ana.Id, Kind: "guardian-angel", Areas: ["visibility", "strategy"], Status: "asked", MeetEvery: 2, MeetUnit: "months"))).ReadAsync<MentorshipDetail>();

        Assert.Equal((MentorKind.GuardianAngel, MentorshipStatus.Asked, "every 2 months"), (updated.Summary.Kind, updated.Summary.Status, updated.Summary.Rhythm));
        Assert.Equal(["strategy", "visibility"], updated.Summary.Areas);
        Assert.Equal([MentorshipStatus.Candidate, MentorshipStatus.Asked], updated.History.Select(h => h.Status));
    }

    [Fact]
    public async Task List_ByStatusAndPerson_ActiveFirst()
    {
        var ana = await _client.CreatePersonAsync("Ana", "Lists");
        var asked = await _client.CreateMentorshipAsync(new MentorshipInput(ana.Id, Status: "asked", Areas: ["a"]));
        var active = await _client.CreateActiveMentorAsync(ana.Id, "b");

        Assert.Equal([active.Summary.Id, asked.Summary.Id], await ListedIdsAsync($"personId={ana.Id}"));
        Assert.Equal([active.Summary.Id], await ListedIdsAsync($"personId={ana.Id}&status=active"));
        var errors = await (await _client.GetAsync("/api/v1/mentorships?status=someday")).ReadFieldErrorsAsync("status");
        Assert.StartsWith("Unknown status 'someday'. Use current, ended, all", errors["status"][0]);
    }

    [Fact]
    public async Task Delete_Mentorship_Returns204AndThenItIsGone()
    {
        var ana = await _client.CreatePersonAsync("Ana", "Deleted");
        var mentorship = await _client.CreateMentorshipAsync(new MentorshipInput(ana.Id));

        var response = await _client.DeleteAsync($"/api/v1/mentorships/{mentorship.Summary.Id}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var problem = await (await _client.GetAsync($"/api/v1/mentorships/{mentorship.Summary.Id}")).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("Mentorship not found.", problem.Title);
    }

    [Theory]
    [InlineData("GET", "/api/v1/mentorships/999999", null)]
    [InlineData("PUT", "/api/v1/mentorships/999999", """{ "seeking": "x" }""")]
    [InlineData("DELETE", "/api/v1/mentorships/999999", null)]
    [InlineData("POST", "/api/v1/mentorships/999999/status", """{ "status": "asked" }""")]
    [InlineData("POST", "/api/v1/mentorships/999999/meetings", """{ "times": ["2030-01-01T10:00"] }""")]
    [InlineData("GET", "/api/v1/mentorships/999999/commitments", null)]
    [InlineData("POST", "/api/v1/mentorships/999999/commitments", """{ "description": "x" }""")]
    public async Task Mentorship_UnknownId_Returns404(string method, string url, string? body)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (body is not null)
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var problem = await (await _client.SendAsync(request)).ReadProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal("Mentorship not found.", problem.Title);
    }
}
