using System.Text.Json;

namespace Kith.Cli.Commands.Backup;

/// <summary>
/// Passes a JSON document through to <paramref name="inner"/> while counting the elements of each
/// array that is a property of the root object ("people": 12, "interactions": 950), so the backup
/// can say what it holds without reading the file back or keeping it in memory.
/// </summary>
internal sealed class ArrayCounter(Stream inner) : Stream
{
    private byte[] _pending = [];
    private JsonReaderState _state;
    private string? _property;
    private string? _counting;

    /// <summary>Element counts by property name, in document order.</summary>
    public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        inner.Write(buffer);
        Count(buffer);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await inner.WriteAsync(buffer, cancellationToken);
        Count(buffer.Span);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush() => inner.Flush();
    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    private void Count(ReadOnlySpan<byte> written)
    {
        // A token may be split between two writes: keep what the reader could not finish for the next one.
        var data = _pending.Length == 0 ? written.ToArray() : [.. _pending, .. written];
        var reader = new Utf8JsonReader(data, isFinalBlock: false, _state);
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName when reader.CurrentDepth == 1:
                    _property = reader.GetString();
                    break;
                case JsonTokenType.StartArray when reader.CurrentDepth == 1 && _property is not null:
                    _counting = _property;
                    Counts[_counting] = 0;
                    break;
                case JsonTokenType.EndArray when reader.CurrentDepth == 1:
                    _counting = null;
                    break;
                default:
                    // An element of the counted array starts at depth 2: a value, or the start of an object or array.
                    if (_counting is not null && reader.CurrentDepth == 2 && reader.TokenType is not (JsonTokenType.EndObject or JsonTokenType.EndArray or JsonTokenType.PropertyName))
                        Counts[_counting]++;
                    break;
            }
        }
        _state = reader.CurrentState;
        _pending = data[(int)reader.BytesConsumed..];
    }
}
