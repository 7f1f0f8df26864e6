using System.Net;
using Kith.Core.Mentoring;

namespace Kith.Web.Tests.Api;

/// <summary>Goals and their areas. Tests share one database, so each reads back only the goals it made.</summary>
public sealed class GoalsApiTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private Task<GoalDetail> GoalAsync(int id) => _client.GetOkAsync<GoalDetail>($"/api/v1/goals/{id}");

    private async Task<List<int>> ListedIdsAsync(string query) =>
        (await _client.GetOkAsync<PageBody<GoalSummary>>($"/api/v1/goals?pageSize=200&{query}")).Items.Select(g => g.Id).ToList();

    [Fact]
    public async Task Create_GoalWithAreas_Returns201WithLocationOfTheGoal()
    {
        var response = await _client.PostJsonAsync("/api/v1/goals", new GoalInput(
            "Lead a team of five", "Move into management within two years.", Horizon: "two-years", TargetOn: "2028-03-01",
            Areas: ["Moving into management", "public speaking", " public speaking "]));

        var created = await response.ReadAsync<GoalDetail>(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/goals/{created.Id}", response.Headers.Location?.AbsolutePath);
        var goal = await _client.GetOkAsync<GoalDetail>(response.Headers.Location!.ToString());
        Assert.Equal(("Lead a team of five", GoalHorizon.TwoYears, new DateOnly(2028, 3, 1), GoalStatus.Active),
            (goal.Title, goal.Horizon, goal.TargetOn, goal.Status));
        Assert.Equal(["Moving into management", "public speaking"], goal.Areas);
        Assert.Empty(goal.Notes);
    }

    [Fact]
    public async Task Get_Goal_WritesHorizonAndStatusAsKebabCaseWords()
    {
        var goal = await _client.CreateGoalAsync("Speak at a conference", "long-term", "public speaking");

        var json = await (await _client.GetAsync($"/api/v1/goals/{goal.Id}")).ReadJsonAsync();

        Assert.Equal("long-term", json.GetProperty("horizon").GetString());
        Assert.Equal("active", json.GetProperty("status").GetString());
        Assert.Equal(["public speaking"], json.GetProperty("areas").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task Update_Put_ReplacesAreasAndStatus()
    {
        var goal = await _client.CreateGoalAsync("Run the budget", "one-year", "finance", "negotiation");

        var updated = await (await _client.PutJsonAsync($"/api/v1/goals/{goal.Id}", new GoalInput(
            "Run the department budget", Horizon: "one-year", Status: "achieved", Areas: ["finance", "how decisions get made here"]))).ReadAsync<GoalDetail>();

        Assert.Equal(("Run the department budget", GoalStatus.Achieved), (updated.Title, updated.Status));
        Assert.Equal(["finance", "how decisions get made here"], (await GoalAsync(goal.Id)).Areas);
        Assert.Contains(goal.Id, await ListedIdsAsync("status=achieved"));
        Assert.DoesNotContain(goal.Id, await ListedIdsAsync("status=active"));
    }

    [Fact]
    public async Task AddAreas_NewAndExisting_KeepsTheOldOnesOnce()
    {
        var goal = await _client.CreateGoalAsync("Get promoted", "one-year", "visibility");

        var updated = await (await _client.PostJsonAsync($"/api/v1/goals/{goal.Id}/areas", new GoalInput(null, Areas: ["Visibility", "negotiation"]))).ReadAsync<GoalDetail>();

        Assert.Equal(["negotiation", "visibility"], updated.Areas);
    }

    [Fact]
    public async Task List_ByHorizon_KeepsOnlyThatHorizonOneYearFirstOtherwise()
    {
        var later = await _client.CreateGoalAsync("Start a company", "long-term");
        var soon = await _client.CreateGoalAsync("Finish the course", "one-year");

        var longTerm = await ListedIdsAsync("horizon=long-term");
        var all = await ListedIdsAsync("status=all");

        Assert.Contains(later.Id, longTerm);
        Assert.DoesNotContain(soon.Id, longTerm);
        Assert.True(all.IndexOf(soon.Id) < all.IndexOf(later.Id), "one-year goals come before long-term ones");
    }

    [Fact]
    public async Task List_UnknownStatusAndHorizon_Returns400OnBoth()
    {
        var errors = await (await _client.GetAsync("/api/v1/goals?status=someday&horizon=forever")).ReadFieldErrorsAsync("status", "horizon");

        Assert.Equal(["Unknown status 'someday'. Use active, achieved, dropped or all."], errors["status"]);
        Assert.StartsWith("Unknown horizon 'forever'. Use ", errors["horizon"][0]);
    }

    [Fact]
    public async Task Create_BadInput_Returns400OnEachFieldAndAddsNothing()
    {
        var before = (await _client.GetOkAsync<PageBody<GoalSummary>>("/api/v1/goals?pageSize=1")).TotalCount;

        var errors = await (await _client.PostJsonAsync("/api/v1/goals", new { title = " ", horizon = "someday", targetOn = "2026-02-30" }))
            .ReadFieldErrorsAsync("title", "horizon", "targetOn");

        Assert.Contains("Say what you want to reach", errors["title"][0]);
        Assert.Equal(before, (await _client.GetOkAsync<PageBody<GoalSummary>>("/api/v1/goals?pageSize=1")).TotalCount);
    }

    [Fact]
    public async Task Notes_AddTwoThenDeleteOne_GoalShowsWhatIsLeftNewestFirst()
    {
        var goal = await _client.CreateGoalAsync("Lead a team of five");
        var first = await (await _client.PostJsonAsync($"/api/v1/goals/{goal.Id}/notes", new { text = "Asked my boss for a stretch project" })).ReadAsync<GoalNoteView>(HttpStatusCode.Created);
        factory.Clock.Advance(TimeSpan.FromDays(1));
        var response = await _client.PostJsonAsync($"/api/v1/goals/{goal.Id}/notes", new { text = "Led the planning meeting" });
        var second = await response.ReadAsync<GoalNoteView>(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/goals/{goal.Id}", response.Headers.Location?.OriginalString);

        Assert.Equal(["Led the planning meeting", "Asked my boss for a stretch project"], (await GoalAsync(goal.Id)).Notes.Select(n => n.Text));

        var deleted = await _client.DeleteAsync($"/api/v1/goals/{goal.Id}/notes/{first.Id}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal([second.Id], (await GoalAsync(goal.Id)).Notes.Select(n => n.Id));
    }

    [Fact]
    public async Task AddNote_Empty_Returns400OnText()
    {
        var goal = await _client.CreateGoalAsync("Lead a team of five");

        await (await _client.PostJsonAsync($"/api/v1/goals/{goal.Id}/notes", new { text = "" })).ReadFieldErrorsAsync("text");

        Assert.Empty((await GoalAsync(goal.Id)).Notes);
    }

    [Fact]
    public async Task Delete_Goal_Returns204AndThenItIsGone()
    {
        var goal = await _client.CreateGoalAsync("Learn Spanish", "two-years", "languages");

        var response = await _client.DeleteAsync($"/api/v1/goals/{goal.Id}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var problem = await (await _client.GetAsync($"/api/v1/goals/{goal.Id}")).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("Goal not found.", problem.Title);
        Assert.DoesNotContain(goal.Id, await ListedIdsAsync("status=all"));
    }

    [Theory]
    [InlineData("GET", "/api/v1/goals/999999")]
    [InlineData("PUT", "/api/v1/goals/999999")]
    [InlineData("DELETE", "/api/v1/goals/999999")]
    [InlineData("POST", "/api/v1/goals/999999/notes")]
    [InlineData("DELETE", "/api/v1/goals/999999/notes/1")]
    public async Task Goal_UnknownId_Returns404(string method, string url)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "PUT" or "POST")
            request.Content = new StringContent("""{ "title": "x", "text": "x" }""", System.Text.Encoding.UTF8, "application/json");

        await (await _client.SendAsync(request)).ReadProblemAsync(HttpStatusCode.NotFound);
    }
}
