using System.Net;
using Kith.Core.KeepInTouch;
using Kith.Core.People;

namespace Kith.Web.Tests.Api;

public sealed class KeepInTouchApiTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private Task<PersonDetail> PersonAsync(int id) => _client.GetOkAsync<PersonDetail>($"/api/v1/people/{id}");

    private async Task<CadenceView> SetCadenceAsync(int personId, object cadence) =>
        await (await _client.PutJsonAsync($"/api/v1/people/{personId}/cadence", cadence)).ReadAsync<CadenceView>();

    private async Task<FollowUpView> AddFollowUpAsync(int personId, string description, DateOnly dueOn) =>
        await (await _client.PostJsonAsync("/api/v1/follow-ups", new { personId, description, dueOn = dueOn.Iso() })).ReadAsync<FollowUpView>(HttpStatusCode.Created);

    private Task<PageBody<FollowUpView>> FollowUpsAsync(int personId, string status = "open", int pageSize = 25, int page = 1) =>
        _client.GetOkAsync<PageBody<FollowUpView>>($"/api/v1/follow-ups?personId={personId}&status={status}&pageSize={pageSize}&page={page}");

    [Fact]
    public async Task SetCadence_Valid_ReturnsTheCadenceAndThePersonBecomesDue()
    {
        var ana = await _client.CreatePersonAsync("Ana");

        var json = await (await _client.PutJsonAsync($"/api/v1/people/{ana.Id}/cadence", new { every = 2, max = 3, unit = "weeks" })).ReadJsonAsync();

        Assert.Equal(2, json.GetProperty("every").GetInt32());
        Assert.Equal(3, json.GetProperty("max").GetInt32());
        Assert.Equal("weeks", json.GetProperty("unit").GetString());
        Assert.Equal("every 2 weeks (at most 3 weeks)", json.GetProperty("description").GetString());
        var person = await PersonAsync(ana.Id);
        Assert.Equal("every 2 weeks (at most 3 weeks)", person.Cadence?.Description);
        Assert.Equal(await _client.TodayAsync(), person.NextDueOn);
    }

    [Fact]
    public async Task SetCadence_Zero_Returns400OnEveryAndKeepsTheOldCadence()
    {
        var ana = await _client.CreatePersonAsync("Ana");
        await SetCadenceAsync(ana.Id, new { every = 30 });

        var errors = await (await _client.PutJsonAsync($"/api/v1/people/{ana.Id}/cadence", new { every = 0 })).ReadFieldErrorsAsync("every");

        Assert.Equal(["A cadence must be at least 1 day; 0 would mean always due."], errors["every"]);
        Assert.Equal(30, (await PersonAsync(ana.Id)).Cadence?.Every);
    }

    [Fact]
    public async Task SetCadence_NoCadenceYetAndBadInput_LeavesThePersonWithoutOne()
    {
        var ana = await _client.CreatePersonAsync("Ana");

        await (await _client.PutJsonAsync($"/api/v1/people/{ana.Id}/cadence", new { every = 3, unit = "fortnights" })).ReadFieldErrorsAsync("unit");
        await (await _client.PutJsonAsync($"/api/v1/people/{ana.Id}/cadence", new { every = 3, max = 1 })).ReadFieldErrorsAsync("max");
        await (await _client.PutJsonAsync($"/api/v1/people/{ana.Id}/cadence", new { unit = "days" })).ReadFieldErrorsAsync("every");

        var person = await PersonAsync(ana.Id);
        Assert.Null(person.Cadence);
        Assert.Null(person.NextDueOn);
    }

    [Fact]
    public async Task SetCadence_EveryAsText_Returns400OnEvery()
    {
        var ana = await _client.CreatePersonAsync("Ana");

        var errors = await (await _client.SendRawAsync(HttpMethod.Put, $"/api/v1/people/{ana.Id}/cadence", """{ "every": "30" }""")).ReadFieldErrorsAsync("every");

        Assert.Equal(["Expected a whole number."], errors["every"]);
        Assert.Null((await PersonAsync(ana.Id)).Cadence);
    }

    [Fact]
    public async Task SetCadence_UnknownPerson_Returns404()
    {
        var problem = await (await _client.PutJsonAsync("/api/v1/people/999999/cadence", new { every = 30 })).ReadProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal("Person not found.", problem.Title);
    }

    [Fact]
    public async Task ClearCadence_Existing_Returns204AndThePersonIsNoLongerDue()
    {
        var ana = await _client.CreatePersonAsync("Ana");
        await SetCadenceAsync(ana.Id, new { every = 30 });

        var response = await _client.DeleteAsync($"/api/v1/people/{ana.Id}/cadence");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var person = await PersonAsync(ana.Id);
        Assert.Null(person.Cadence);
        Assert.Null(person.NextDueOn);
    }

    [Fact]
    public async Task Snooze_FutureDay_PushesTheDueDateAndWakeUndoesIt()
    {
        var ana = await _client.CreatePersonAsync("Ana");
        await SetCadenceAsync(ana.Id, new { every = 30 });
        var today = await _client.TodayAsync();
        var until = today.AddDays(10);

        var snooze = await _client.PutJsonAsync($"/api/v1/people/{ana.Id}/snooze", new { until = until.Iso() });

        Assert.Equal(HttpStatusCode.NoContent, snooze.StatusCode);
        var snoozed = await PersonAsync(ana.Id);
        Assert.Equal((until, until), (snoozed.SnoozedUntil, snoozed.NextDueOn));

        var wake = await _client.DeleteAsync($"/api/v1/people/{ana.Id}/snooze");

        Assert.Equal(HttpStatusCode.NoContent, wake.StatusCode);
        var awake = await PersonAsync(ana.Id);
        Assert.Equal((null, today), (awake.SnoozedUntil, awake.NextDueOn));
    }

    [Theory]
    [InlineData("""{ "until": "2026-02-30" }""")]
    [InlineData("""{ "until": "2020-01-01" }""")]
    [InlineData("""{ "until": "" }""")]
    [InlineData("""{ }""")]
    [InlineData("""{ "until": 20260401 }""")]
    public async Task Snooze_NoFutureDay_Returns400OnUntilAndChangesNothing(string body)
    {
        var ana = await _client.CreatePersonAsync("Ana");
        await SetCadenceAsync(ana.Id, new { every = 30 });
        var before = await PersonAsync(ana.Id);

        await (await _client.SendRawAsync(HttpMethod.Put, $"/api/v1/people/{ana.Id}/snooze", body)).ReadFieldErrorsAsync("until");

        var after = await PersonAsync(ana.Id);
        Assert.Equal((before.SnoozedUntil, before.NextDueOn), (after.SnoozedUntil, after.NextDueOn));
    }

    [Fact]
    public async Task FollowUp_Lifecycle_AddDoneReopenDelete()
    {
        var ana = await _client.CreatePersonAsync("Ana", "Lima");
        var today = await _client.TodayAsync();

        var added = await AddFollowUpAsync(ana.Id, "Send Ana the article", today.AddDays(3));
        Assert.Equal(("Ana Lima", "Send Ana the article", today.AddDays(3), (DateTime?)null, false),
            (added.PersonName, added.Description, added.DueOn, added.DoneAt, added.IsOverdue));
        Assert.Equal([added.Id], (await FollowUpsAsync(ana.Id)).Items.Select(f => f.Id));

        var done = await (await _client.PostAsync($"/api/v1/follow-ups/{added.Id}/done", null)).ReadAsync<FollowUpView>();
        Assert.NotNull(done.DoneAt);
        Assert.Empty((await FollowUpsAsync(ana.Id)).Items);
        Assert.Equal([added.Id], (await FollowUpsAsync(ana.Id, "done")).Items.Select(f => f.Id));

        var reopened = await (await _client.PostAsync($"/api/v1/follow-ups/{added.Id}/reopen", null)).ReadAsync<FollowUpView>();
        Assert.Null(reopened.DoneAt);
        Assert.Equal([added.Id], (await FollowUpsAsync(ana.Id)).Items.Select(f => f.Id));

        var deleted = await _client.DeleteAsync($"/api/v1/follow-ups/{added.Id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty((await FollowUpsAsync(ana.Id, "all")).Items);
    }

    [Fact]
    public async Task ListFollowUps_Paging_SoonestDueFirst()
    {
        var ana = await _client.CreatePersonAsync("Ana");
        var today = await _client.TodayAsync();
        await AddFollowUpAsync(ana.Id, "Later", today.AddDays(20));
        await AddFollowUpAsync(ana.Id, "Late already", today.AddDays(-2));
        await AddFollowUpAsync(ana.Id, "Soon", today.AddDays(1));

        var first = await FollowUpsAsync(ana.Id, pageSize: 2);
        var second = await FollowUpsAsync(ana.Id, pageSize: 2, page: 2);

        Assert.Equal(["Late already", "Soon"], first.Items.Select(f => f.Description));
        Assert.True(first.Items[0].IsOverdue);
        Assert.Equal((3, 2, true), (first.TotalCount, first.TotalPages, first.HasNext));
        Assert.Equal(["Later"], second.Items.Select(f => f.Description));
    }

    [Fact]
    public async Task AddFollowUp_BadInput_Returns400OnEachFieldAndAddsNothing()
    {
        var ana = await _client.CreatePersonAsync("Ana");
        var all = await _client.GetOkAsync<PageBody<FollowUpView>>("/api/v1/follow-ups?status=all&pageSize=1");

        await (await _client.PostJsonAsync("/api/v1/follow-ups", new { personId = ana.Id, description = "Call", dueOn = "2026-02-30" })).ReadFieldErrorsAsync("dueOn");
        await (await _client.PostJsonAsync("/api/v1/follow-ups", new { personId = ana.Id, description = " ", dueOn = "2026-04-01" })).ReadFieldErrorsAsync("description");
        await (await _client.PostJsonAsync("/api/v1/follow-ups", new { description = "Call", dueOn = "2026-04-01" })).ReadFieldErrorsAsync("personId");
        await (await _client.PostJsonAsync("/api/v1/follow-ups", new { personId = 999999, description = "Call" })).ReadFieldErrorsAsync("personId", "dueOn");

        Assert.Empty((await FollowUpsAsync(ana.Id, "all")).Items);
        Assert.Equal(all.TotalCount, (await _client.GetOkAsync<PageBody<FollowUpView>>("/api/v1/follow-ups?status=all&pageSize=1")).TotalCount);
    }

    [Fact]
    public async Task ListFollowUps_UnknownStatus_Returns400OnStatus()
    {
        var errors = await (await _client.GetAsync("/api/v1/follow-ups?status=someday")).ReadFieldErrorsAsync("status");

        Assert.Equal(["Unknown status 'someday'. Use open, done or all."], errors["status"]);
    }

    [Fact]
    public async Task ListFollowUps_UnknownPerson_Returns404()
    {
        await (await _client.GetAsync("/api/v1/follow-ups?personId=999999")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("POST", "/api/v1/follow-ups/999999/done")]
    [InlineData("POST", "/api/v1/follow-ups/999999/reopen")]
    [InlineData("DELETE", "/api/v1/follow-ups/999999")]
    public async Task FollowUp_UnknownId_Returns404(string method, string url)
    {
        var problem = await (await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url))).ReadProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal("Follow-up not found.", problem.Title);
    }
}
