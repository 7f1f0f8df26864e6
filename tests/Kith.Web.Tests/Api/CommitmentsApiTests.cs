using System.Net;
using Kith.Core.Agenda;
using Kith.Core.Mentoring;

namespace Kith.Web.Tests.Api;

/// <summary>
/// Being a good mentee: what mentors ask of me and what I promise them, with response times. Tests
/// share one database, so each reads its own mentorship's commitments, dated from the server's today.
/// </summary>
public sealed class CommitmentsApiTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<MentorshipDetail> MentorAsync(string firstName)
    {
        var person = await _client.CreatePersonAsync(firstName, "Mentor");
        return await _client.CreateActiveMentorAsync(person.Id, "public speaking");
    }

    private async Task<CommitmentView> AddAsync(int mentorshipId, CommitmentInput input) =>
        await (await _client.PostJsonAsync($"/api/v1/mentorships/{mentorshipId}/commitments", input)).ReadAsync<CommitmentView>(HttpStatusCode.Created);

    private async Task<List<CommitmentView>> ListAsync(int mentorshipId, string status = "open") =>
        (await _client.GetOkAsync<PageBody<CommitmentView>>($"/api/v1/mentorships/{mentorshipId}/commitments?status={status}")).Items;

    [Fact]
    public async Task AddCommitment_RequestWithDueDate_Returns201AndListsItUnderTheMentorAndOverall()
    {
        var mentor = await MentorAsync("Ana");
        var today = await _client.TodayAsync();

        var added = await AddAsync(mentor.Summary.Id, new CommitmentInput("request", "Send Ana my draft talk", DueOn: today.AddDays(3).Iso()));

        Assert.Equal((CommitmentKind.Request, "Send Ana my draft talk", today, today.AddDays(3), (DateOnly?)null, false, (int?)null, "Ana Mentor"),
            (added.Kind, added.Description, added.AskedOn, added.DueOn, added.DoneOn, added.IsOverdue, added.ResponseDays, added.MentorName));
        Assert.Equal([added.Id], (await ListAsync(mentor.Summary.Id)).Select(c => c.Id));
        Assert.Equal([added.Id], (await _client.GetOkAsync<PageBody<CommitmentView>>($"/api/v1/commitments?mentorshipId={mentor.Summary.Id}")).Items.Select(c => c.Id));
        Assert.Contains(added.Id, (await _client.GetOkAsync<PageBody<CommitmentView>>("/api/v1/commitments?pageSize=200")).Items.Select(c => c.Id));
    }

    [Fact]
    public async Task MarkDone_OnAnEarlierDay_ShowsMyResponseTimesOnTheMentorship()
    {
        var mentor = await MentorAsync("Bea");
        var today = await _client.TodayAsync();
        var late = await AddAsync(mentor.Summary.Id, new CommitmentInput("request", "Read the book she lent me", today.AddDays(-10).Iso(), today.AddDays(-5).Iso()));
        var onTime = await AddAsync(mentor.Summary.Id, new CommitmentInput("commitment", "Ask my boss for the project", today.AddDays(-4).Iso(), today.AddDays(2).Iso()));
        var overdue = await AddAsync(mentor.Summary.Id, new CommitmentInput("commitment", "Write up the plan", today.AddDays(-6).Iso(), today.AddDays(-1).Iso()));

        var byBody = await (await _client.PostJsonAsync($"/api/v1/commitments/{late.Id}/done", new { on = today.AddDays(-3).Iso() })).ReadAsync<CommitmentView>();
        var byQuery = await (await _client.PostAsync($"/api/v1/commitments/{onTime.Id}/done?on={today.AddDays(-2).Iso()}", null)).ReadAsync<CommitmentView>();

        Assert.Equal((today.AddDays(-3), (int?)7), (byBody.DoneOn, byBody.ResponseDays));
        Assert.Equal((today.AddDays(-2), (int?)2), (byQuery.DoneOn, byQuery.ResponseDays));
        var detail = await _client.GetMentorshipAsync(mentor.Summary.Id);
        Assert.Equal(new ResponseSummary(Done: 2, Open: 1, OnTime: 1, Late: 1, Overdue: 1, MedianDays: 4.5, AverageDays: 4.5, OldestOpenDays: 6), detail.Responses);
        Assert.True(detail.Commitments.Single(c => c.Id == overdue.Id).IsOverdue);
        Assert.Equal([overdue.Id], (await ListAsync(mentor.Summary.Id)).Select(c => c.Id));
    }

    [Fact]
    public async Task MarkDone_NoDay_IsDoneTodayAndCountsInMyOverallResponses()
    {
        var mentor = await MentorAsync("Cleo");
        var today = await _client.TodayAsync();
        var commitment = await AddAsync(mentor.Summary.Id, new CommitmentInput(null, "Send the slides", today.AddDays(-1).Iso()));
        var before = await _client.GetOkAsync<ResponseSummary>("/api/v1/commitments/responses");

        var done = await (await _client.PostAsync($"/api/v1/commitments/{commitment.Id}/done", null)).ReadAsync<CommitmentView>();

        Assert.Equal((CommitmentKind.Commitment, today, (int?)1), (done.Kind, done.DoneOn, done.ResponseDays));
        var after = await _client.GetOkAsync<ResponseSummary>("/api/v1/commitments/responses");
        Assert.Equal((before.Done + 1, before.Open - 1), (after.Done, after.Open));
    }

    [Fact]
    public async Task MarkDone_FutureOrBeforeAsked_Returns400OnOnAndStaysOpen()
    {
        var mentor = await MentorAsync("Dora");
        var today = await _client.TodayAsync();
        var commitment = await AddAsync(mentor.Summary.Id, new CommitmentInput(null, "Book the room", today.AddDays(-2).Iso()));

        var future = await (await _client.PostAsync($"/api/v1/commitments/{commitment.Id}/done?on={today.AddDays(1).Iso()}", null)).ReadFieldErrorsAsync("on");
        var early = await (await _client.PostJsonAsync($"/api/v1/commitments/{commitment.Id}/done", new { on = today.AddDays(-3).Iso() })).ReadFieldErrorsAsync("on");

        Assert.Equal([$"{today.AddDays(1).Iso()} is in the future."], future["on"]);
        Assert.Equal([$"It was asked on {today.AddDays(-2).Iso()}; it cannot be done before that."], early["on"]);
        Assert.Equal([commitment.Id], (await ListAsync(mentor.Summary.Id)).Select(c => c.Id));
    }

    [Fact]
    public async Task Reopen_ThenDelete_OpensItAgainThenRemovesIt()
    {
        var mentor = await MentorAsync("Eva");
        var commitment = await AddAsync(mentor.Summary.Id, new CommitmentInput(null, "Share the article"));
        await (await _client.PostAsync($"/api/v1/commitments/{commitment.Id}/done", null)).ReadAsync<CommitmentView>();
        Assert.Empty(await ListAsync(mentor.Summary.Id));

        var reopened = await (await _client.PostAsync($"/api/v1/commitments/{commitment.Id}/reopen", null)).ReadAsync<CommitmentView>();

        Assert.Null(reopened.DoneOn);
        Assert.Equal([commitment.Id], (await ListAsync(mentor.Summary.Id)).Select(c => c.Id));
        var deleted = await _client.DeleteAsync($"/api/v1/commitments/{commitment.Id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty(await ListAsync(mentor.Summary.Id, "all"));
    }

    [Fact]
    public async Task AddCommitment_BadInput_Returns400OnEachFieldAndAddsNothing()
    {
        var mentor = await MentorAsync("Fay");
        var today = await _client.TodayAsync();

        var errors = await (await _client.PostJsonAsync($"/api/v1/mentorships/{mentor.Summary.Id}/commitments",
            new CommitmentInput("favour", " ", today.Iso(), today.AddDays(-1).Iso()))).ReadFieldErrorsAsync("kind", "description", "dueOn");

        Assert.Equal([$"The due date comes before the day it was asked ({today.Iso()})."], errors["dueOn"]);
        Assert.Empty(await ListAsync(mentor.Summary.Id, "all"));
    }

    [Fact]
    public async Task Agenda_Week_ShowsOpenRequestsAndPromisesToMentorsUntilDone()
    {
        var mentor = await MentorAsync("Lia");
        var today = await _client.TodayAsync();
        var request = await AddAsync(mentor.Summary.Id, new CommitmentInput("request", "send the draft talk", DueOn: today.Iso()));
        var promise = await AddAsync(mentor.Summary.Id, new CommitmentInput("commitment", "introduce her to Tom", today.AddDays(-3).Iso(), today.AddDays(-1).Iso()));
        await AddAsync(mentor.Summary.Id, new CommitmentInput("commitment", "no date yet"));

        var items = await AgendaAsync(mentor.Summary.PersonId!.Value);

        Assert.Equal(
            [
                (promise.Id, Urgency.Overdue, "you promised Lia: introduce her to Tom (1 day overdue)"),
                (request.Id, Urgency.Due, "Lia asked you: send the draft talk (due today)"),
            ],
            items.Select(i => (i.CommitmentId!.Value, i.Urgency, i.Reason)));
        Assert.All(items, i => Assert.Equal((AgendaItemKind.MentorCommitment, mentor.Summary.Id), (i.Kind, i.MentorshipId!.Value)));

        await (await _client.PostAsync($"/api/v1/commitments/{promise.Id}/done", null)).ReadAsync<CommitmentView>();
        Assert.Equal([request.Id], (await AgendaAsync(mentor.Summary.PersonId!.Value)).Select(i => i.CommitmentId!.Value));
    }

    [Fact]
    public async Task List_UnknownStatus_Returns400OnStatus()
    {
        var errors = await (await _client.GetAsync("/api/v1/commitments?status=someday")).ReadFieldErrorsAsync("status");

        Assert.Equal(["Unknown status 'someday'. Use open, done or all."], errors["status"]);
    }

    [Theory]
    [InlineData("POST", "/api/v1/commitments/999999/done")]
    [InlineData("POST", "/api/v1/commitments/999999/reopen")]
    [InlineData("DELETE", "/api/v1/commitments/999999")]
    public async Task Commitment_UnknownId_Returns404(string method, string url)
    {
        var problem = await (await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url))).ReadProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal("Commitment not found.", problem.Title);
    }

    /// <summary>The week's agenda items about one mentor's commitments, in the order the API ranked them.</summary>
    private async Task<List<AgendaItem>> AgendaAsync(int personId) =>
        (await _client.GetOkAsync<AgendaView>("/api/v1/agenda?window=week")).Items
            .Where(i => i.PersonId == personId && i.Kind == AgendaItemKind.MentorCommitment).ToList();
}
