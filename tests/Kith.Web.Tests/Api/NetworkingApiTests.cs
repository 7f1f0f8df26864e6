using System.Net;
using Kith.Core.Agenda;
using Kith.Core.Networking;

namespace Kith.Web.Tests.Api;

/// <summary>
/// Choosing how to network and committing to a dated step. Tests share one database: the ones about
/// interests set them outright before reading them, and each reads back only its own steps.
/// </summary>
public sealed class NetworkingApiTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<NetworkingCommitmentView> CommitAsync(string way, DateOnly dueOn, string? description = null) =>
        await (await _client.PostJsonAsync("/api/v1/networking/commitments", new NetworkingCommitmentInput(way, description, dueOn.Iso())))
            .ReadAsync<NetworkingCommitmentView>(HttpStatusCode.Created);

    private async Task<List<int>> OpenStepIdsAsync(string status = "open") =>
        (await _client.GetOkAsync<PageBody<NetworkingCommitmentView>>($"/api/v1/networking/commitments?status={status}&pageSize=200")).Items.Select(c => c.Id).ToList();

    private async Task<List<AgendaItem>> AgendaStepsAsync(string window, int commitmentId) =>
        (await _client.GetOkAsync<AgendaView>($"/api/v1/agenda?window={window}")).Items
            .Where(i => i.Kind == AgendaItemKind.NetworkingStep && i.CommitmentId == commitmentId).ToList();

    [Fact]
    public async Task GetNetworking_Always_OffersTheSevenWaysInTheirWords()
    {
        var json = await (await _client.GetAsync("/api/v1/networking")).ReadJsonAsync();

        var ways = json.GetProperty("ways").EnumerateArray().ToList();
        Assert.Equal(
            ["weekly-lunch", "professional-association", "sports-league", "volunteer-committee", "union-role", "outgoing-buddy", "introduction"],
            ways.Select(w => w.GetProperty("way").GetString()));
        Assert.Equal("A weekly lunch with a different colleague", ways[0].GetProperty("title").GetString());
        Assert.Equal("Pick a day and invite the first colleague", ways[0].GetProperty("firstStep").GetString());
    }

    [Fact]
    public async Task SetInterests_TwiceOver_ReplacesWhatIPicked()
    {
        await (await _client.PutJsonAsync("/api/v1/networking/interests", new NetworkingInterestsBody(["weekly-lunch", "sports-league"]))).ReadAsync<NetworkingChoicesView>();

        var replaced = await (await _client.PutJsonAsync("/api/v1/networking/interests", new NetworkingInterestsBody(["introduction", "introduction"])))
            .ReadAsync<NetworkingChoicesView>();

        Assert.Equal([NetworkingWay.Introduction], replaced.Ways.Where(w => w.Picked).Select(w => w.Way));
        Assert.Equal([NetworkingWay.Introduction], (await _client.GetOkAsync<NetworkingChoicesView>("/api/v1/networking")).Ways.Where(w => w.Picked).Select(w => w.Way));
    }

    [Fact]
    public async Task SetInterests_UnknownWay_Returns400OnThatWayAndKeepsTheOldChoice()
    {
        await (await _client.PutJsonAsync("/api/v1/networking/interests", new NetworkingInterestsBody(["union-role"]))).ReadAsync<NetworkingChoicesView>();

        var errors = await (await _client.PutJsonAsync("/api/v1/networking/interests", new NetworkingInterestsBody(["weekly-lunch", "golf"]))).ReadFieldErrorsAsync("ways[1]");

        Assert.StartsWith("Unknown way 'golf'. Use one of: ", errors["ways[1]"][0]);
        Assert.Equal([NetworkingWay.UnionRole], (await _client.GetOkAsync<NetworkingChoicesView>("/api/v1/networking")).Ways.Where(w => w.Picked).Select(w => w.Way));
    }

    [Fact]
    public async Task Commit_WithADate_AppearsOnTheAgendaUntilDoneAndMarksTheWayPicked()
    {
        await (await _client.PutJsonAsync("/api/v1/networking/interests", new NetworkingInterestsBody([]))).ReadAsync<NetworkingChoicesView>();
        var today = await _client.TodayAsync();

        var step = await CommitAsync("professional-association", today, "Go to the PMI chapter mixer");

        Assert.Equal((NetworkingWay.ProfessionalAssociation, "A professional association and its mixers", "Go to the PMI chapter mixer", today, false),
            (step.Way, step.WayTitle, step.Description, step.DueOn, step.IsOverdue));
        var choices = await _client.GetOkAsync<NetworkingChoicesView>("/api/v1/networking");
        Assert.Equal([NetworkingWay.ProfessionalAssociation], choices.Ways.Where(w => w.Picked).Select(w => w.Way));
        Assert.Contains(step.Id, choices.Commitments.Select(c => c.Id));
        var item = Assert.Single(await AgendaStepsAsync("today", step.Id));
        Assert.Equal((Urgency.Due, (int?)null, "A professional association and its mixers", "networking step you committed to: Go to the PMI chapter mixer (due today)"),
            (item.Urgency, item.PersonId, item.PersonName, item.Reason));

        var done = await (await _client.PostAsync($"/api/v1/networking/commitments/{step.Id}/done", null)).ReadAsync<NetworkingCommitmentView>();

        Assert.NotNull(done.DoneAt);
        Assert.Empty(await AgendaStepsAsync("today", step.Id));
        Assert.DoesNotContain(step.Id, await OpenStepIdsAsync());
        Assert.Contains(step.Id, await OpenStepIdsAsync("done"));
    }

    [Fact]
    public async Task Commit_LaterThisWeek_ShowsOnTheWeekButNotToday()
    {
        // Nothing in this class moves the clock, so today is the factory's Monday and Sunday is later.
        var today = await _client.TodayAsync();
        Assert.Equal(DayOfWeek.Monday, today.DayOfWeek);
        var step = await CommitAsync("weekly-lunch", today.AddDays(6));

        Assert.Equal("Pick a day and invite the first colleague", step.Description);
        Assert.Empty(await AgendaStepsAsync("today", step.Id));
        Assert.Equal(Urgency.Upcoming, Assert.Single(await AgendaStepsAsync("week", step.Id)).Urgency);
    }

    [Fact]
    public async Task Reopen_ThenDelete_OpensTheStepAgainThenRemovesIt()
    {
        var step = await CommitAsync("sports-league", (await _client.TodayAsync()).AddDays(10));
        await (await _client.PostAsync($"/api/v1/networking/commitments/{step.Id}/done", null)).ReadAsync<NetworkingCommitmentView>();

        var reopened = await (await _client.PostAsync($"/api/v1/networking/commitments/{step.Id}/reopen", null)).ReadAsync<NetworkingCommitmentView>();

        Assert.Null(reopened.DoneAt);
        Assert.Contains(step.Id, await OpenStepIdsAsync());
        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/api/v1/networking/commitments/{step.Id}")).StatusCode);
        Assert.DoesNotContain(step.Id, await OpenStepIdsAsync("all"));
    }

    [Fact]
    public async Task Commit_NoDateOrUnknownWay_Returns400OnEachFieldAndCommitsNothing()
    {
        var before = await OpenStepIdsAsync("all");
        var today = await _client.TodayAsync();

        var noDate = await (await _client.PostJsonAsync("/api/v1/networking/commitments", new NetworkingCommitmentInput("weekly-lunch", null, null))).ReadFieldErrorsAsync("dueOn");
        await (await _client.PostJsonAsync("/api/v1/networking/commitments", new NetworkingCommitmentInput("golf", null, today.AddDays(-1).Iso()))).ReadFieldErrorsAsync("way", "dueOn");

        Assert.Equal(["Choose a date: committing means a day, and networking without one never happens."], noDate["dueOn"]);
        Assert.Equal(before, await OpenStepIdsAsync("all"));
    }

    [Fact]
    public async Task ListCommitments_UnknownStatus_Returns400OnStatus()
    {
        var errors = await (await _client.GetAsync("/api/v1/networking/commitments?status=someday")).ReadFieldErrorsAsync("status");

        Assert.Equal(["Unknown status 'someday'. Use open, done or all."], errors["status"]);
    }

    [Theory]
    [InlineData("POST", "/api/v1/networking/commitments/999999/done")]
    [InlineData("POST", "/api/v1/networking/commitments/999999/reopen")]
    [InlineData("DELETE", "/api/v1/networking/commitments/999999")]
    public async Task NetworkingCommitment_UnknownId_Returns404(string method, string url)
    {
        var problem = await (await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url))).ReadProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal("Networking commitment not found.", problem.Title);
    }

    /// <summary>The body of PUT /networking/interests as a client writes it.</summary>
    private sealed record NetworkingInterestsBody(IReadOnlyList<string> Ways);
}
