using Kith.Core.Health;

namespace Kith.Core.Tests.Networking;

public sealed class HealthSnapshotsTests
{
    private static readonly DateOnly Today = new(2026, 3, 16);

    private static HealthView View(int people) => new(people, [], [], [], [], [], new GiveAsk(0, 0, 0), [], null!, null!, 0, []);

    [Fact]
    public async Task Get_ManyAtOnce_ShareOneComputation()
    {
        var snapshots = new HealthSnapshots();
        var computed = 0;
        var release = new TaskCompletionSource();
        async Task<HealthView> Compute()
        {
            Interlocked.Increment(ref computed);
            await release.Task;
            return View(1);
        }

        var views = Enumerable.Range(0, 8).Select(_ => Task.Run(() => snapshots.GetAsync(1, 7, Today, "UTC", Compute))).ToList();
        release.SetResult();
        var done = await Task.WhenAll(views);

        Assert.Equal(1, computed);
        Assert.All(done, view => Assert.Same(done[0], view));
        Assert.Equal([(1, 7L)], snapshots.Kept());
    }

    [Fact]
    public async Task Get_AnotherVersionDayOrZone_ComputesAgain_AndAFailureIsNotKept()
    {
        var snapshots = new HealthSnapshots();
        var computed = 0;
        Task<HealthView> Compute() => Task.FromResult(View(Interlocked.Increment(ref computed)));

        var first = await snapshots.GetAsync(1, 7, Today, "UTC", Compute);
        Assert.Same(first, await snapshots.GetAsync(1, 7, Today, "UTC", Compute));
        Assert.Equal(2, (await snapshots.GetAsync(1, 8, Today, "UTC", Compute)).People);
        Assert.Equal(3, (await snapshots.GetAsync(1, 8, Today.AddDays(1), "UTC", Compute)).People);
        Assert.Equal(4, (await snapshots.GetAsync(1, 8, Today.AddDays(1), "Europe/Lisbon", Compute)).People);
        Assert.Equal(5, (await snapshots.GetAsync(2, 8, Today.AddDays(1), "Europe/Lisbon", Compute)).People);

        await Assert.ThrowsAsync<TimeoutException>(() => snapshots.GetAsync(3, 1, Today, "UTC", () => throw new TimeoutException()));
        Assert.Equal(6, (await snapshots.GetAsync(3, 1, Today, "UTC", Compute)).People);
    }
}
