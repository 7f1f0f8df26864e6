using System.Runtime.CompilerServices;

namespace Kith.Core.Import.Formats;

/// <summary>A CSV file as a header row and then data rows, for the readers that find their columns by name.</summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _indexByName = new(StringComparer.OrdinalIgnoreCase);

    public CsvTable(CsvRecord header)
    {
        Line = header.Line;
        Columns = header.Cells.Select(c => c.Trim()).ToArray();
        for (var i = 0; i < Columns.Count; i++)
            _indexByName.TryAdd(Columns[i], i);
    }

    /// <summary>The line of the header row.</summary>
    public int Line { get; }

    /// <summary>The header cells, trimmed.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The index of the first column with any of these names (case-insensitive), or null.</summary>
    public int? Find(params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (_indexByName.TryGetValue(name, out var index))
                return index;
        }
        return null;
    }

    /// <summary>A cell trimmed, or "" when the column is absent or the row is short (missing cells are empty).</summary>
    public static string Cell(CsvRecord row, int? index) =>
        index is { } i && i < row.Cells.Count ? row.Cells[i].Trim() : "";

    /// <summary>
    /// The data rows after the header, blank ones left out, each with an error when it has more
    /// non-empty cells than the header has columns. A file with a header and no rows is a file error:
    /// importing nothing without saying so would look like success.
    /// </summary>
    public async IAsyncEnumerable<(CsvRecord Row, RowError? Error)> RowsAsync(
        CsvRecordReader reader, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var rows = 0;
        while (await reader.ReadAsync(ct) is { } row)
        {
            if (row.IsBlank)
                continue;
            rows++;
            yield return (row, ExtraCells(row));
        }
        if (rows == 0)
            throw new ImportFileException(Line, "the file has a header but no rows.");
    }

    private RowError? ExtraCells(CsvRecord row)
    {
        for (var i = row.Cells.Count - 1; i >= Columns.Count; i--)
        {
            // Spreadsheets often leave empty trailing cells; only text past the last column is a problem.
            if (!string.IsNullOrWhiteSpace(row.Cells[i]))
                return new RowError($"column {i + 1}",
                    $"this row has text in column {i + 1} but the header has only {Columns.Count} columns; a value with a comma may be missing its quotes.");
        }
        return null;
    }

    /// <summary>The first non-blank record, or a file error when there is none.</summary>
    public static async Task<CsvRecord> ReadHeaderAsync(CsvRecordReader reader, CancellationToken ct)
    {
        while (await reader.ReadAsync(ct) is { } record)
        {
            if (!record.IsBlank)
                return record;
        }
        throw Empty();
    }

    public static ImportFileException Empty() => new(null, "the file is empty.");
}
