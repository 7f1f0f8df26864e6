using Kith.Core.Common;
using Kith.Core.Networking;

namespace Kith.Core.Tests.Mentoring;

public sealed class NetworkingServiceTests : MentoringTestBase
{
    [Fact]
    public async Task SetInterests_ReplacesThePickedWays()
    {
        await With<NetworkingService, NetworkingChoicesView>(s => s.SetInterestsAsync(["weekly-lunch", "sports-league"]));

        var view = await With<NetworkingService, NetworkingChoicesView>(s => s.SetInterestsAsync(["Sports league", "introduction"]));

        Assert.Equal([NetworkingWay.SportsLeague, NetworkingWay.Introduction], view.Ways.Where(w => w.Picked).Select(w => w.Way));
        Assert.Equal(7, view.Ways.Count);
    }

    [Fact]
    public async Task SetInterests_UnknownWay_IsRefusedByPosition()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            With<NetworkingService, NetworkingChoicesView>(s => s.SetInterestsAsync(["weekly-lunch", "skydiving"])));

        Assert.Contains("Unknown way 'skydiving'", Assert.Single(error.Errors["Ways[1]"]));
    }

    [Fact]
    public async Task Commit_WithoutWhat_UsesTheWaysFirstStepAndMarksTheWayPicked()
    {
        var step = await With<NetworkingService, NetworkingCommitmentView>(s => s.CommitAsync(new NetworkingCommitmentInput("weekly-lunch", null, "2026-03-18")));

        Assert.Equal("Pick a day and invite the first colleague", step.Description);
        var view = await With<NetworkingService, NetworkingChoicesView>(s => s.GetAsync());
        Assert.True(Assert.Single(view.Ways, w => w.Way == NetworkingWay.WeeklyLunch).Picked);
        Assert.Equal(step.Id, Assert.Single(view.Commitments).Id);
    }

    [Fact]
    public async Task Commit_NoDateOrAPastOne_IsRefused()
    {
        var none = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            With<NetworkingService, NetworkingCommitmentView>(s => s.CommitAsync(new NetworkingCommitmentInput("weekly-lunch", null, null))));
        var past = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            With<NetworkingService, NetworkingCommitmentView>(s => s.CommitAsync(new NetworkingCommitmentInput("weekly-lunch", null, "2026-03-15"))));

        Assert.Contains("Choose a date", Assert.Single(none.Errors["DueOn"]));
        Assert.Contains("has passed", Assert.Single(past.Errors["DueOn"]));
        Assert.Empty((await With<NetworkingService, NetworkingChoicesView>(s => s.GetAsync())).Commitments);
    }
}
