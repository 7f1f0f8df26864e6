using Kith.Core.Networking;

namespace Kith.Web.Tests.Pages.Mentoring;

/// <summary>/networking: the ways I picked and my dated steps, with Done buttons.</summary>
public sealed class NetworkingPageTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly PageClient _client = new(factory);

    [Fact]
    public async Task PostDone_OpenStep_MovesItToDoneAndKeepsTheWayListed()
    {
        await _client.WithServiceAsync<NetworkingCommitmentView, NetworkingService>(s =>
            s.CommitAsync(new NetworkingCommitmentInput("weekly-lunch", "Invite Sam from Sales to lunch", "2026-03-20")));
        var page = await _client.GetAsync("/networking");
        Assert.Equal(["A weekly lunch with a different colleague"], page.Texts(".ways h3"));
        var step = page.QuerySelectorAll("#steps > ul > li").Single(li => li.QuerySelector(".follow-up-text")!.TextContent.Trim() == "Invite Sam from Sales to lunch");
        Assert.Contains("by Fri 20 Mar 2026", step.QuerySelector(".meta")!.TextContent);
        Assert.Equal("/exercises/how-to-network", page.QuerySelector(".page-head a")!.GetAttribute("href"));

        var posted = await _client.SubmitAsync(page, "#steps > ul form");

        var after = await _client.FollowAsync(posted);
        Assert.Equal("Done: Invite Sam from Sales to lunch. Keep going: commit to the next step.", after.Text("[role=status]"));
        Assert.Empty(after.QuerySelectorAll("#steps > ul .follow-up-text"));
        Assert.Equal(["Invite Sam from Sales to lunch"], after.Texts(".done-follow-ups .follow-up-text"));
        Assert.Equal(["A weekly lunch with a different colleague"], after.Texts(".ways h3"));
    }
}
