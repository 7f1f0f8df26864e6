using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Kith.Core.Import;

namespace Kith.Core.Backup;

/// <summary>
/// Reads a large JSON document from a stream token by token, and whole values (one row) at a time,
/// keeping only the unread part in memory. It knows the 1-based line of what it reads, so every
/// complaint names the line: malformed JSON becomes an <see cref="ImportFileException"/>.
/// </summary>
internal sealed class JsonStreamReader(Stream input)
{
    /// <summary>One row (a person with a photo is the biggest) must fit; anything past this is not a Kith backup.</summary>
    public const int MaxValueBytes = 32 * 1024 * 1024;

    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _final;
    private bool _started;
    private JsonReaderState _state = new(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 16 });
    /// <summary>The line of <c>_buffer[_start]</c>.</summary>
    private int _line = 1;

    public JsonTokenType TokenType { get; private set; }
    /// <summary>The 1-based line where the last token or value started.</summary>
    public int Line { get; private set; } = 1;
    /// <summary>The text of the last property name or string token.</summary>
    public string? Text { get; private set; }
    /// <summary>The value of the last number token, when it is a whole number.</summary>
    public long? Number { get; private set; }

    /// <summary>Reads the next token; <see cref="JsonTokenType.None"/> once the document has ended.</summary>
    public async ValueTask<JsonTokenType> ReadAsync(CancellationToken ct)
    {
        while (!TryRead())
            await FillAsync(ct);
        return TokenType;
    }

    /// <summary>
    /// Reads the next whole value as a <typeparamref name="T"/>; returns false (and reads the
    /// bracket) when the array being read ends instead.
    /// </summary>
    public async ValueTask<(bool Read, T? Value)> ReadItemAsync<T>(JsonTypeInfo<T> info, string where, CancellationToken ct)
    {
        while (true)
        {
            if (TryReadItem(info, where, out var ended, out var value))
                return (!ended, value);
            await FillAsync(ct);
        }
    }

    private bool TryRead()
    {
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
        try
        {
            if (!reader.Read())
            {
                if (!_final) return false;
                TokenType = JsonTokenType.None;
                return true;
            }
        }
        catch (JsonException ex)
        {
            throw Malformed(ex);
        }
        TokenType = reader.TokenType;
        Line = LineAt(reader.TokenStartIndex);
        Text = reader.TokenType is JsonTokenType.PropertyName or JsonTokenType.String ? reader.GetString() : null;
        Number = reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var n) ? n : null;
        Consume(ref reader);
        return true;
    }

    private bool TryReadItem<T>(JsonTypeInfo<T> info, string where, out bool ended, out T? value)
    {
        ended = false;
        value = default;
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
        try
        {
            if (!reader.Read()) return false;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                // Only deserialize once the whole value is in the buffer.
                var probe = reader;
                if (!probe.TrySkip()) return false;
            }
        }
        catch (JsonException ex)
        {
            throw Malformed(ex);
        }

        TokenType = reader.TokenType;
        Line = LineAt(reader.TokenStartIndex);
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            ended = true;
            Consume(ref reader);
            return true;
        }
        try
        {
            value = JsonSerializer.Deserialize(ref reader, info);
        }
        catch (JsonException ex)
        {
            // The serializer counts lines from the start of the value it was given.
            var path = ex.Path is { Length: > 1 } p && p.StartsWith('$') ? p[1..] : "";
            throw new ImportFileException(Line + (int)(ex.LineNumber ?? 0), $"{where}{path}: {Reason(ex)}");
        }
        Consume(ref reader);
        return true;
    }

    private void Consume(ref Utf8JsonReader reader)
    {
        var consumed = (int)reader.BytesConsumed;
        _line += _buffer.AsSpan(_start, consumed).Count((byte)'\n');
        _start += consumed;
        _state = reader.CurrentState;
    }

    private int LineAt(long offset) => _line + _buffer.AsSpan(_start, (int)offset).Count((byte)'\n');

    private async ValueTask FillAsync(CancellationToken ct)
    {
        if (_final)
            throw new InvalidOperationException("The reader asked for more data after the end of the stream.");
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxValueBytes)
                throw new ImportFileException(_line, $"one entry is larger than {MaxValueBytes / (1024 * 1024)} MB; this is not a Kith backup");
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        do
        {
            var read = await input.ReadAsync(_buffer.AsMemory(_end), ct);
            _end += read;
            if (read == 0) _final = true;
        }
        while (!_started && _end < 3 && !_final);

        // A byte order mark is allowed at the very start and nowhere else.
        if (!_started)
        {
            _started = true;
            if (_buffer.AsSpan(0, _end).StartsWith("\uFEFF"u8)) _start = 3;
        }
    }

    private static ImportFileException Malformed(JsonException ex) =>
        new((int)(ex.LineNumber ?? 0) + 1, $"the file is not valid JSON: {Reason(ex)}");

    /// <summary>The serializer's message without its own position suffix (we give the line ourselves).</summary>
    internal static string Reason(JsonException ex)
    {
        var message = ex.Message;
        foreach (var marker in new[] { " Path: ", " LineNumber: ", "Path: ", "LineNumber: " })
        {
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0) message = message[..at];
        }
        return message.Trim().TrimEnd('.');
    }
}
