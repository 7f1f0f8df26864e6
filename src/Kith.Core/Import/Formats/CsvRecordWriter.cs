namespace Kith.Core.Import.Formats;

/// <summary>Writes RFC 4180 records: CRLF line ends, a cell quoted only when it has to be.</summary>
internal static class CsvRecordWriter
{
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public static void Write(TextWriter output, IEnumerable<string> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
                output.Write(',');
            first = false;
            output.Write(Quote(cell));
        }
        output.Write("\r\n");
    }

    /// <summary>The cell as it goes in the file: quoted (quotes doubled) if it holds a comma, quote or line break, or starts or ends with white space.</summary>
    public static string Quote(string cell) =>
        cell.IndexOfAny(NeedsQuotes) >= 0 || (cell.Length > 0 && (char.IsWhiteSpace(cell[0]) || char.IsWhiteSpace(cell[^1])))
            ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : cell;
}

/// <summary>
/// Guards exported cells against spreadsheet formula injection. A spreadsheet runs a cell that starts
/// with = + - @ (or a tab or CR) as a formula, so a note like "=HYPERLINK(…)" from an imported file
/// could act when the export is opened. Such cells get a leading apostrophe, which spreadsheets read as
/// "this is text" (it also keeps "+44 20…" a phone number instead of a sum). The escape is reversible:
/// a value that already starts with apostrophes before such a character gets one more, and
/// <see cref="Unguard"/> removes exactly one, so Kith's own export re-imports losslessly.
/// </summary>
internal static class FormulaGuard
{
    private static bool StartsFormula(string cell)
    {
        var rest = cell.TrimStart('\'');
        return rest.Length > 0 && rest[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
    }

    public static string Guard(string cell) => StartsFormula(cell) ? "'" + cell : cell;

    public static string Unguard(string cell) => cell.StartsWith('\'') && StartsFormula(cell) ? cell[1..] : cell;
}
