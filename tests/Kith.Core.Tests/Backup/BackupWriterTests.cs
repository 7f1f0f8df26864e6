using System.Text;
using Kith.Core.Backup;
using Kith.Core.Data;
using Kith.Core.People;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Core.Tests.Backup;

/// <summary>Taking a backup while the app keeps being used.</summary>
public sealed class BackupWriterTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task WriteAsync_PersonAddedWhileWriting_NotBlockedAndNotHalfInTheBackup()
    {
        // Enough people that the writer flushes (and here waits) while it is still inside the people section.
        await _db.RunAsync(sp =>
        {
            var db = sp.GetRequiredService<KithDbContext>();
            var at = TestDatabase.Start.UtcDateTime;
            db.People.AddRange(Enumerable.Range(1, 600).Select(i => new Person { FirstName = $"Person {i}", CreatedAt = at, UpdatedAt = at }));
            return db.SaveChangesAsync();
        });
        var output = new GateStream();
        var backup = _db.RunAsync(async sp =>
        {
            await sp.GetRequiredService<BackupService>().WriteAsync(output);
            return 0;
        });
        await output.Started.WaitAsync(TimeSpan.FromSeconds(30));

        // The app writes while the backup is open; its e-mail row would come after the people already read.
        await _db.RunAsync(sp => sp.GetRequiredService<PeopleService>().CreateAsync(new PersonBuilder("Late").WithEmail("late@example.com").Build()))
            .WaitAsync(TimeSpan.FromSeconds(10));
        output.Release();
        await backup.WaitAsync(TimeSpan.FromSeconds(30));

        var document = Encoding.UTF8.GetString(output.ToArray());
        Assert.Contains("\"Person 600\"", document, StringComparison.Ordinal);
        Assert.DoesNotContain("late@example.com", document, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Late\"", document, StringComparison.Ordinal);
    }

    /// <summary>Holds the first write until released, like a slow download.</summary>
    private sealed class GateStream : MemoryStream
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Started => _started.Task;

        public void Release() => _released.TrySetResult();

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _started.TrySetResult();
            await _released.Task;
            await base.WriteAsync(buffer, cancellationToken);
        }
    }
}
