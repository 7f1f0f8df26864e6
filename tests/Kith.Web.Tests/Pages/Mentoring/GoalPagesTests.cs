using System.Net;

namespace Kith.Web.Tests.Pages.Mentoring;

/// <summary>/goals and /goals/{id}: add by horizon, edit with areas, progress notes, delete.</summary>
public sealed class GoalPagesTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly PageClient _client = new(factory);

    [Fact]
    public async Task PostAdd_EmptyTitle_ShowsMessageNextToTheTitleAndKeepsTheAreas()
    {
        var list = await _client.GetAsync("/goals");

        var posted = await _client.SubmitAsync(list, "#add form", ("Input.Title", " "), ("Input.Areas", "finance\npublic speaking"));

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.StartsWith("Say what you want to reach", posted.Document.FieldError("Input.Title"));
        Assert.Equal("true", posted.Document.QuerySelector("#Input_Title")!.GetAttribute("aria-invalid"));
        Assert.Equal("finance\npublic speaking", posted.Document.QuerySelector("#Input_Areas")!.TextContent.Trim());
    }

    [Fact]
    public async Task PostAdd_TwoYearGoal_IsListedUnderTwoYearsWithItsAreas()
    {
        var list = await _client.GetAsync("/goals");

        var posted = await _client.SubmitAsync(list, "#add form",
            ("Input.Title", "Move into management"), ("Input.Horizon", "two-years"), ("Input.TargetOn", "2028-01-31"),
            ("Input.Areas", "leading people, how decisions get made here"));

        Assert.Equal("/goals#horizon-two-years", posted.Response.Headers.Location!.OriginalString);
        var after = await _client.FollowAsync(posted);
        Assert.Equal("Added “Move into management”. Its areas are on your board: how decisions get made here, leading people.", after.Text("[role=status]"));
        var card = after.QuerySelectorAll("#horizon-two-years .goal-card").Single(c => c.QuerySelector("h3")!.TextContent.Trim() == "Move into management");
        Assert.Equal(["how decisions get made here", "leading people"], card.QuerySelectorAll(".chip").Select(c => c.TextContent.Trim()));
        Assert.Contains("Target Mon 31 Jan 2028", card.QuerySelector(".meta")!.TextContent);
        Assert.DoesNotContain(after.QuerySelectorAll("#horizon-one-year .goal-card h3"), h => h.TextContent.Trim() == "Move into management");
    }

    [Fact]
    public async Task PostEdit_ChangesAreasAndStatus_AndTheListShowsIt()
    {
        var goal = await _client.AddGoalAsync("Write a book", "writing");
        var page = await _client.GetAsync($"/goals/{goal.Id}");
        Assert.Equal("writing", page.QuerySelector("#Input_Areas")!.TextContent.Trim());

        var posted = await _client.SubmitAsync(page, "#edit form",
            ("Input.Areas", "writing\npublishing"), ("Input.Status", "achieved"), ("Input.Horizon", "long-term"));

        var after = await _client.FollowAsync(posted);
        Assert.Equal("Saved “Write a book”.", after.Text("[role=status]"));
        Assert.Equal(["publishing", "writing"], after.QuerySelectorAll(".goal-areas > li").Select(li => li.FirstChild!.TextContent.Trim()));
        Assert.Equal(["Longer term", "Achieved"], after.QuerySelectorAll(".page-head .chip").Select(c => c.TextContent.Trim()));
        var list = await _client.GetAsync("/goals");
        var card = list.QuerySelectorAll("#horizon-long-term .goal-card").Single(c => c.QuerySelector("h3")!.TextContent.Trim() == "Write a book");
        Assert.Equal("Achieved", card.QuerySelector(".badge")!.TextContent.Trim());
    }

    [Fact]
    public async Task PostNote_ThenDelete_ShowsAndRemovesTheProgressNote()
    {
        var goal = await _client.AddGoalAsync("Run a half marathon");
        var page = await _client.GetAsync($"/goals/{goal.Id}");

        var empty = await _client.SubmitAsync(page, "form[action*='handler=Note']", ("Note.Text", ""));
        Assert.Equal("Write what moved forward (or what did not).", empty.Document.FieldError("Note.Text"));

        var added = await _client.FollowAsync(await _client.SubmitAsync(page, "form[action*='handler=Note']", ("Note.Text", "Ran 10 km without stopping")));
        Assert.Equal("Progress note added.", added.Text("[role=status]"));
        Assert.Equal(["Ran 10 km without stopping"], added.Texts(".goal-note-text"));
        Assert.Equal("Mon 16 Mar 2026", added.Text(".goal-notes .meta time"));

        var deleted = await _client.FollowAsync(await _client.SubmitAsync(added, "form[action*='handler=DeleteNote']"));
        Assert.Equal("Progress note deleted.", deleted.Text("[role=status]"));
        Assert.Empty(deleted.QuerySelectorAll(".goal-note-text"));
    }

    [Fact]
    public async Task PostDelete_RemovesTheGoal()
    {
        var goal = await _client.AddGoalAsync("Learn Portuguese", "languages");
        var page = await _client.GetAsync($"/goals/{goal.Id}");

        var posted = await _client.SubmitAsync(page, "form[action*='handler=Delete']:not([action*='DeleteNote'])");

        Assert.Equal("/goals", posted.Response.Headers.Location!.OriginalString);
        var list = await _client.FollowAsync(posted);
        Assert.Equal("Deleted the goal “Learn Portuguese” and its notes.", list.Text("[role=status]"));
        await _client.GetAsync($"/goals/{goal.Id}", HttpStatusCode.NotFound);
    }
}
