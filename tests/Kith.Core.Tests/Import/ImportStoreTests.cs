using Kith.Core.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Core.Tests.Import;

/// <summary>Uploads kept in the database: whole, per account, seekable, and gone after a day.</summary>
public sealed class ImportStoreTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private ImportStore Store { get; set; } = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        Store = await _db.RunAsync(sp => Task.FromResult(sp.GetRequiredService<ImportStore>()));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task SaveAsync_FileOfSeveralPieces_ReadsBackTheSameBytes()
    {
        var bytes = new byte[ImportStore.ChunkBytes * 2 + 12_345];
        new Random(7).NextBytes(bytes);

        var saved = await Store.SaveAsync(_db.AccountId, "../../Connections.csv", new MemoryStream(bytes));
        var found = await Store.FindAsync(_db.AccountId, saved.Id);

        Assert.NotNull(found);
        Assert.Equal("Connections.csv", found.FileName);
        Assert.Equal(bytes.Length, found.Length);
        await using var read = found.Open();
        var copy = new MemoryStream();
        await read.CopyToAsync(copy);
        Assert.Equal(bytes, copy.ToArray());
    }

    [Fact]
    public async Task Open_SeekBackAfterReading_ReadsFromThere()
    {
        var bytes = new byte[ImportStore.ChunkBytes + 10];
        new Random(3).NextBytes(bytes);
        var saved = await Store.SaveAsync(_db.AccountId, "cards.vcf", new MemoryStream(bytes));

        await using var stream = saved.Open();
        stream.Seek(ImportStore.ChunkBytes + 2, SeekOrigin.Begin);
        var tail = new byte[8];
        Assert.Equal(8, await stream.ReadAsync(tail));
        stream.Position = 0;
        var head = new byte[4];
        Assert.Equal(4, await stream.ReadAsync(head));

        Assert.Equal(bytes[(ImportStore.ChunkBytes + 2)..], tail);
        Assert.Equal(bytes[..4], head);
    }

    [Fact]
    public async Task FindAsync_AnotherAccountsUpload_IsNotFound()
    {
        var saved = await Store.SaveAsync(_db.AccountId, "a.csv", new MemoryStream("a,b\n"u8.ToArray()));

        Assert.Null(await Store.FindAsync(_db.AccountId + 1, saved.Id));
        Assert.Null(await Store.GetDraftAsync(_db.AccountId + 1, saved.Id));
        await Store.DeleteAsync(_db.AccountId + 1, saved.Id);
        Assert.NotNull(await Store.FindAsync(_db.AccountId, saved.Id));
    }

    [Fact]
    public async Task SaveAsync_TooLarge_KeepsNothing()
    {
        var huge = new RepeatingStream(ImportStore.MaxUploadBytes + 1);

        var error = await Assert.ThrowsAsync<ImportFileException>(() => Store.SaveAsync(_db.AccountId, "huge.csv", huge));

        Assert.Contains("larger than 200 MB", error.Message, StringComparison.Ordinal);
        var left = await _db.RunAsync(sp => Task.FromResult(sp.GetRequiredService<Kith.Core.Data.KithDbContext>().ImportUploadChunks.Count()));
        Assert.Equal(0, left);
    }

    [Fact]
    public async Task DropDataAsync_AfterImport_KeepsTheJobButNotTheFile()
    {
        var saved = await Store.SaveAsync(_db.AccountId, "a.csv", new MemoryStream("a,b\n"u8.ToArray()));
        await Store.SetJobAsync(_db.AccountId, saved.Id, """{"state":"done"}""");

        await Store.DropDataAsync(_db.AccountId, saved.Id);

        Assert.Null(await Store.FindAsync(_db.AccountId, saved.Id));
        Assert.Equal("""{"state":"done"}""", await Store.GetJobAsync(_db.AccountId, saved.Id));
    }

    [Fact]
    public async Task FindAsync_AfterADay_IsGone()
    {
        var saved = await Store.SaveAsync(_db.AccountId, "a.csv", new MemoryStream("a,b\n"u8.ToArray()));

        _db.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));

        Assert.Null(await Store.FindAsync(_db.AccountId, saved.Id));
    }

    /// <summary>A stream of the given length that costs no memory.</summary>
    private sealed class RepeatingStream(long length) : Stream
    {
        private long _position;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            buffer.AsSpan(offset, n).Fill((byte)'x');
            _position += n;
            return n;
        }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
