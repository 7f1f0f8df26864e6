using System.Text;

namespace Kith.Core.Import.Formats;

/// <summary>One CSV record: the physical line it starts on (1-based) and its cells, unquoted but not trimmed.</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Cells)
{
    /// <summary>A blank line, or a row of empty cells (",,,", which spreadsheets leave at the end).</summary>
    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}

/// <summary>
/// RFC 4180 records, read one at a time so a file is never held whole in memory. Lenient where real
/// exports are sloppy (a quote inside an unquoted cell is text; text after a closing quote joins the
/// cell; CR, LF and CRLF all end lines), strict where a guess would import garbage: an unterminated
/// quote, a NUL, an over-long line or undecodable bytes stop the file with an <see cref="ImportFileException"/>.
/// </summary>
internal sealed class CsvRecordReader(TextReader text)
{
    private enum State { CellStart, Unquoted, Quoted, QuoteInQuoted }

    private readonly char[] _buffer = new char[16 * 1024];
    private int _pos;
    private int _len;
    private bool _started;
    private bool _ended;

    // Physical lines, counted as the characters go by.
    private int _line = 1;
    private int _lineLength;
    private bool _afterCr;

    // The record being read; it may span several buffers.
    private readonly List<string> _cells = [];
    private readonly StringBuilder _cell = new();
    private State _state;
    private bool _inRecord;
    private int _recordLine;
    private int _recordLength;
    private int _quoteLine;

    /// <summary>The next record, or null at the end of the file.</summary>
    public async ValueTask<CsvRecord?> ReadAsync(CancellationToken ct = default)
    {
        while (true)
        {
            if (TakeRecord() is { } record)
                return record;
            if (!await FillAsync(ct))
                return Finish();
        }
    }

    /// <summary>The same, for text already in memory (<see cref="CsvDialects.Detect"/>'s head).</summary>
    public CsvRecord? Read()
    {
        while (true)
        {
            if (TakeRecord() is { } record)
                return record;
            if (!Fill())
                return Finish();
        }
    }

    private async ValueTask<bool> FillAsync(CancellationToken ct)
    {
        if (_ended)
            return false;
        try
        {
            return Filled(await text.ReadAsync(_buffer.AsMemory(), ct));
        }
        catch (DecoderFallbackException)
        {
            throw BadBytes.Explain(text, _line);
        }
    }

    private bool Fill()
    {
        if (_ended)
            return false;
        try
        {
            return Filled(text.Read(_buffer, 0, _buffer.Length));
        }
        catch (DecoderFallbackException)
        {
            throw BadBytes.Explain(text, _line);
        }
    }

    private bool Filled(int count)
    {
        _pos = 0;
        _len = count;
        if (count == 0)
        {
            _ended = true;
            return false;
        }
        // A byte-order mark that reached us as text (a head decoded without BOM detection) is not a cell.
        if (!_started && _buffer[0] == '\uFEFF')
            _pos = 1;
        _started = true;
        return true;
    }

    /// <summary>Consumes buffered characters until a record ends (returned) or the buffer runs out (null).</summary>
    private CsvRecord? TakeRecord()
    {
        while (_pos < _len)
        {
            var c = _buffer[_pos++];
            var line = _line;
            var lfOfCrLf = c == '\n' && _afterCr;
            _afterCr = c == '\r';
            if (c is '\r' or '\n')
            {
                if (!lfOfCrLf)
                    _line++;
                _lineLength = 0;
            }
            else if (++_lineLength > ImportText.MaxLineLength)
                throw ImportText.TooLong(line);
            else if (c == '\0')
                throw ImportText.Binary(line);

            if (!_inRecord)
            {
                if (lfOfCrLf)
                    continue; // the LF of the CRLF that ended the previous record
                _inRecord = true;
                _recordLine = line;
                _recordLength = 0;
                _state = State.CellStart;
            }

            switch (_state)
            {
                case State.Quoted:
                    if (c == '"')
                        _state = State.QuoteInQuoted;
                    else
                        _cell.Append(c);
                    break;
                case State.CellStart when c == '"':
                    _state = State.Quoted;
                    _quoteLine = line;
                    break;
                case State.QuoteInQuoted when c == '"':
                    _cell.Append('"');
                    _state = State.Quoted;
                    break;
                default:
                    if (c == ',')
                    {
                        EndCell();
                        _state = State.CellStart;
                    }
                    else if (c is '\r' or '\n')
                        return EndRecord();
                    else
                    {
                        _cell.Append(c);
                        _state = State.Unquoted;
                    }
                    break;
            }
            // After the switch, so the line break that ends a record is not counted in it.
            if (++_recordLength > ImportText.MaxLineLength)
                throw TooLongRecord();
        }
        return null;
    }

    private CsvRecord? Finish()
    {
        if (!_inRecord)
            return null;
        if (_state == State.Quoted)
            throw new ImportFileException(_quoteLine, "the quoted field that starts here never ends.");
        return EndRecord();
    }

    private void EndCell()
    {
        _cells.Add(_cell.ToString());
        _cell.Clear();
    }

    private CsvRecord EndRecord()
    {
        EndCell();
        var record = new CsvRecord(_recordLine, _cells.ToArray());
        _cells.Clear();
        _inRecord = false;
        return record;
    }

    // Lines are bounded one by one; a record spanning many lines needs its own bound, or one stray
    // quote would pull the rest of a large file into memory.
    private ImportFileException TooLongRecord() => _state == State.Quoted
        ? new(_quoteLine, $"the quoted field that starts here runs past {ImportText.MaxLineLength:N0} characters; its closing quote is probably missing.")
        : new(_recordLine, $"the row that starts here is longer than {ImportText.MaxLineLength:N0} characters; this is not a contacts file.");
}
