using System.Net;
using Kith.Core.Common;
using Kith.Core.Networking;

namespace Kith.Web.Tests.Pages.Exercises;

/// <summary>/exercises/how-to-network: the ways that appeal, then one dated step on the agenda.</summary>
public sealed class HowToNetworkTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly PageClient _client = new(factory);

    [Fact]
    public async Task Exercise_TwoWaysPicked_CommitsToOneWithADateOnTheAgenda()
    {
        var step1 = await _client.GetAsync("/exercises/how-to-network");
        Assert.Equal("Step 1 of 2", step1.Text(".exercise-step-count"));
        Assert.Equal(7, step1.QuerySelectorAll("input[name='Input.Ways']").Length);
        Assert.Equal("A sports league", step1.Text("label[for=Input_Ways_sports-league]"));

        var picked = await _client.SubmitAsync(step1, "main form", ("Input.Ways", "weekly-lunch"), ("Input.Ways", "sports-league"));
        Assert.Equal("/exercises/how-to-network/commit", picked.Response.Headers.Location!.OriginalString);
        var step2 = await _client.FollowAsync(picked);
        Assert.Equal("Commit to one", step2.Text("[aria-current=step]"));
        Assert.Equal(["A weekly lunch with a different colleague", "A sports league"], step2.Texts("#Input_Way .check label"));
        Assert.Equal("Ask about the next season and join a team", step2.QuerySelector("#Input_Steps_1__Description")!.GetAttribute("value"));
        Assert.Null(step2.QuerySelector("input[name='Input.Way'][checked]"));

        var committed = await _client.SubmitAsync(step2, "main form",
            ("Input.Way", "sports-league"), ("Input.Steps[1].Description", "Join the Thursday five-a-side"), ("Input.DueOn", "2026-03-19"));
        Assert.Matches(@"^/exercises/how-to-network/done\?commitment=\d+$", committed.Response.Headers.Location!.OriginalString);
        var done = await _client.FollowAsync(committed);

        Assert.Equal("On Thu 19 Mar 2026: Join the Thursday five-a-side.", done.Text(".exercise-outcome"));
        Assert.NotNull(done.QuerySelector("a[href='/networking']"));
        Assert.NotNull(done.QuerySelector("a[href='/']"));
        var choices = await _client.WithServiceAsync<NetworkingChoicesView, NetworkingService>(s => s.GetAsync());
        Assert.Equal([NetworkingWay.WeeklyLunch, NetworkingWay.SportsLeague], choices.Ways.Where(w => w.Picked).Select(w => w.Way));
        var commitment = Assert.Single(choices.Commitments, c => c.Description == "Join the Thursday five-a-side");
        Assert.Equal((NetworkingWay.SportsLeague, new DateOnly(2026, 3, 19)), (commitment.Way, commitment.DueOn));
        var agenda = await _client.GetAsync("/?window=week");
        Assert.Contains(agenda.Texts(".agenda-reason"), r => r.Contains("Join the Thursday five-a-side", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ways_NoneTicked_AsksForOne()
    {
        var step1 = await _client.GetAsync("/exercises/how-to-network");

        var posted = await _client.SubmitAsync(step1, "main form", ("Input.Ways", ""));

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Equal("Tick at least one way that appeals to you. You can change your mind later.", posted.Document.FieldError("Input.Ways"));
        Assert.Equal("#Input_Ways", posted.Document.QuerySelector(".error-summary a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Commit_NoWayAndNoDate_ShowsBothMessagesAndCommitsNothing()
    {
        await _client.WithServiceAsync<NetworkingChoicesView, NetworkingService>(s => s.SetInterestsAsync(["introduction", "union-role"]));
        var before = await CountCommitmentsAsync();
        var step2 = await _client.GetAsync("/exercises/how-to-network/commit");

        var posted = await _client.SubmitAsync(step2, "main form");

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Equal("Choose the way you will network.", posted.Document.FieldError("Input.Way"));
        Assert.Equal("Choose a date: committing means a day, and networking without one never happens.", posted.Document.FieldError("Input.DueOn"));
        Assert.Equal(before, await CountCommitmentsAsync());
    }

    [Fact]
    public async Task Commit_DayInThePast_IsRefusedNextToTheDate()
    {
        await _client.WithServiceAsync<NetworkingChoicesView, NetworkingService>(s => s.SetInterestsAsync(["volunteer-committee"]));
        var step2 = await _client.GetAsync("/exercises/how-to-network/commit?way=volunteer-committee");
        Assert.NotNull(step2.QuerySelector("#Input_Way_volunteer-committee[checked]"));

        var posted = await _client.SubmitAsync(step2, "main form", ("Input.Way", "volunteer-committee"), ("Input.DueOn", "2026-03-15"));

        Assert.Equal("2026-03-15 has passed; commit to today or a later day.", posted.Document.FieldError("Input.DueOn"));
        Assert.Equal("true", posted.Document.QuerySelector("#Input_DueOn")!.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task Done_UnknownCommitment_Returns404()
    {
        var page = await _client.GetAsync("/exercises/how-to-network/done?commitment=987654", HttpStatusCode.NotFound);

        Assert.Equal("Networking commitment not found", page.Text("h1"));
    }

    private Task<int> CountCommitmentsAsync() =>
        _client.WithServiceAsync<int, NetworkingService>(async s => (await s.ListCommitmentsAsync("all", null, null)).TotalCount);
}
