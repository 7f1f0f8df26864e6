namespace Kith.Core.Import;

/// <summary>
/// Reads a stored upload piece by piece from the database, holding one piece in memory at a time.
/// Seekable, because detecting a file's format reads its start and then goes back.
/// </summary>
internal sealed class UploadStream(ImportStore store, int accountId, string id, long length) : Stream
{
    private byte[] _chunk = [];
    private int _chunkIndex = -1;
    private long _position;

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => _position = Math.Clamp(value, 0, length);
    }

    public override int Read(byte[] buffer, int offset, int count) =>
        ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_position >= length || buffer.Length == 0) return 0;
        var index = (int)(_position / ImportStore.ChunkBytes);
        if (index != _chunkIndex)
        {
            _chunk = await store.ChunkAsync(accountId, id, index, cancellationToken);
            _chunkIndex = index;
        }
        var offset = (int)(_position - (long)index * ImportStore.ChunkBytes);
        var count = Math.Min(buffer.Length, _chunk.Length - offset);
        if (count <= 0) return 0;
        _chunk.AsMemory(offset, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        _ => length + offset,
    };

    public override void Flush() { }
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
