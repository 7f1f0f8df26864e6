using System.Text;

namespace Kith.Core.Import.Formats;

/// <summary>One unfolded content line and the 1-based line of the file it starts on.</summary>
internal readonly record struct LogicalLine(string Text, int Number);

/// <summary>
/// Turns the text of a .vcf file into unfolded content lines, a chunk at a time: a physical
/// line longer than <see cref="ImportText.MaxLineLength"/> stops the read as soon as the limit
/// is crossed, so a 10 MB one-line file is refused without being held in memory.
/// </summary>
internal sealed class VCardLines(TextReader text)
{
    /// <summary>An unfolded line (a PHOTO, say) may hold several physical lines, but not without end.</summary>
    public const int MaxLogicalLength = 4 * ImportText.MaxLineLength;

    private readonly char[] _buffer = new char[16 * 1024];
    private int _start, _end;
    private bool _atEnd, _skipLineFeed, _first = true;
    private int _lineNumber;
    private (string Text, int Number)? _peeked;

    /// <summary>The next unfolded line, or null at the end of the text.</summary>
    public async ValueTask<LogicalLine?> ReadAsync(CancellationToken ct)
    {
        var first = await NextPhysicalAsync(ct);
        if (first is not { } line) return null;

        StringBuilder? joined = null;
        var current = line.Text;
        var head = HeadOf(current);
        while (await PeekPhysicalAsync(ct) is { } next)
        {
            var endsWithEquals = joined is null ? current.EndsWith('=') : joined.Length > 0 && joined[^1] == '=';
            var folded = next.Text.Length > 0 && next.Text[0] is ' ' or '\t';
            string continuation;
            if (endsWithEquals && IsQuotedPrintable(head) && !IsCardBoundary(next.Text) && !(folded && StartsWithHexPair(next.Text)))
            {
                // vCard 2.1: "=" at the end of a quoted-printable line is a soft break that joins the next line.
                // A folded "=" + " C3" is an escape split by ordinary folding instead, so it is left to the next branch.
                joined ??= new StringBuilder(current);
                joined.Length--;
                continuation = folded ? next.Text[1..] : next.Text;
            }
            else if (folded)
                continuation = next.Text[1..];
            else if (IsBase64(head) && IsBase64Text(next.Text))
                continuation = next.Text; // some 2.1 writers forget to indent base64 lines
            else
                break;

            _peeked = null;
            joined ??= new StringBuilder(current);
            joined.Append(continuation);
            if (joined.Length > MaxLogicalLength) throw ImportText.TooLong(line.Number);
            if (head is null && continuation.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0)
                head = joined.ToString(0, joined.Length - continuation.Length + colon); // parameters were folded
        }

        return new LogicalLine(joined?.ToString() ?? current, line.Number);
    }

    private static bool IsCardBoundary(string line)
    {
        var t = line.Trim();
        return t.Equals("END:VCARD", StringComparison.OrdinalIgnoreCase)
            || t.Equals("BEGIN:VCARD", StringComparison.OrdinalIgnoreCase);
    }

    private static bool StartsWithHexPair(string folded) =>
        folded.Length >= 3 && char.IsAsciiHexDigit(folded[1]) && char.IsAsciiHexDigit(folded[2]);

    private static bool IsQuotedPrintable(string? head) =>
        HasParameter(head, "QUOTED-PRINTABLE", "ENCODING=QUOTED-PRINTABLE");

    private static bool IsBase64(string? head) => HasParameter(head, "BASE64", "ENCODING=BASE64", "ENCODING=B");

    /// <summary>Whether the name-and-parameters part holds one of <paramref name="parameters"/> as a whole parameter.</summary>
    private static bool HasParameter(string? head, params string[] parameters)
    {
        if (head is null || head.IndexOf(';', StringComparison.Ordinal) < 0) return false;
        foreach (var part in head.Split(';').Skip(1))
            foreach (var parameter in parameters)
                if (part.Trim().Equals(parameter, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool IsBase64Text(string next)
    {
        if (next.Length == 0) return false;
        foreach (var c in next)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=')) return false;
        return true;
    }

    /// <summary>The name and parameters of a content line (before its first colon), where encodings are declared.</summary>
    private static string? HeadOf(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? null : line[..colon];
    }

    private async ValueTask<(string Text, int Number)?> PeekPhysicalAsync(CancellationToken ct) =>
        _peeked ??= await ReadPhysicalAsync(ct);

    private async ValueTask<(string Text, int Number)?> NextPhysicalAsync(CancellationToken ct)
    {
        var line = _peeked ?? await ReadPhysicalAsync(ct);
        _peeked = null;
        return line;
    }

    /// <summary>One physical line without its end (CRLF, LF or CR).</summary>
    private async ValueTask<(string Text, int Number)?> ReadPhysicalAsync(CancellationToken ct)
    {
        var number = _lineNumber + 1;
        StringBuilder? line = null;
        while (true)
        {
            if (_start == _end)
            {
                if (_atEnd || !await FillAsync(number, ct))
                {
                    if (line is null) return null;
                    break;
                }
            }

            if (_skipLineFeed)
            {
                _skipLineFeed = false;
                if (_buffer[_start] == '\n') _start++;
                continue;
            }

            var chunk = _buffer.AsSpan(_start, _end - _start);
            var stop = chunk.IndexOfAny('\r', '\n', '\0');
            var take = stop < 0 ? chunk : chunk[..stop];
            line ??= new StringBuilder();
            if (line.Length + take.Length > ImportText.MaxLineLength) throw ImportText.TooLong(number);
            line.Append(take);
            _start += take.Length;
            if (stop < 0) continue;

            var end = _buffer[_start++];
            if (end == '\0') throw ImportText.Binary(number);
            _skipLineFeed = end == '\r';
            break;
        }

        _lineNumber = number;
        var textOfLine = line.ToString();
        if (_first)
        {
            _first = false;
            textOfLine = textOfLine.TrimStart('\uFEFF');
        }
        return (textOfLine, number);
    }

    private async ValueTask<bool> FillAsync(int lineNumber, CancellationToken ct)
    {
        int read;
        try
        {
            read = await text.ReadAsync(_buffer.AsMemory(), ct);
        }
        catch (DecoderFallbackException)
        {
            throw ImportText.WrongEncoding(lineNumber);
        }
        _start = 0;
        _end = read;
        _atEnd = read == 0;
        return read > 0;
    }
}
