using Kith.Core.Import;
using Kith.Core.Import.Formats;

namespace Kith.Cli.Commands.Import;

/// <summary>
/// <c>--map "Column=field"</c>: corrections to the mapping Kith guesses for a plain CSV. Columns not
/// named keep their guess, so fixing one column takes one option, not a whole mapping.
/// </summary>
internal static class ColumnMap
{
    public static (string Column, string Field) Parse(string text)
    {
        // The field is the part after the last "=", so a column may itself contain one.
        var at = text.LastIndexOf('=');
        if (at <= 0 || at == text.Length - 1 || text[..at].Trim().Length == 0)
            throw new UserError($"--map: '{text}' is not Column=field, e.g. --map \"E-mail 1=email\".");
        var field = text[(at + 1)..].Trim().ToLowerInvariant();
        if (!ContactFields.IsKnown(field))
            throw new UserError($"--map: '{field}' is not a field; choose one of {Fields}.");
        return (text[..at].Trim(), field);
    }

    /// <summary>The guessed mapping with the typed corrections laid over it; every typed column must be in the header.</summary>
    public static ColumnMapping Apply(IReadOnlyList<string> header, ColumnMapping guess, IEnumerable<(string Column, string Field)> corrections)
    {
        var fields = header.ToDictionary(c => c, guess.FieldOf, StringComparer.Ordinal);
        foreach (var (column, field) in corrections)
        {
            var match = header.FirstOrDefault(c => c == column) ?? header.FirstOrDefault(c => string.Equals(c, column, StringComparison.OrdinalIgnoreCase))
                ?? throw new UserError($"--map: the file has no column '{column}'; its columns are {string.Join(", ", header.Select(c => $"'{c}'"))}.");
            fields[match] = field;
        }
        return new ColumnMapping(fields);
    }

    /// <summary>Reads the header of the CSV at <paramref name="path"/> and applies <paramref name="typed"/> to Kith's guess.</summary>
    public static async Task<ColumnMapping> ReadAsync(Func<Stream> open, IReadOnlyList<string> typed, CancellationToken ct)
    {
        var corrections = typed.Select(Parse).ToList();
        IReadOnlyList<string> header;
        await using (var stream = open())
        using (var text = ImportText.Open(stream))
            header = await MappedCsv.ReadHeaderAsync(text, ct);
        return Apply(header, MappedCsv.Guess(header), corrections);
    }

    public static string Fields => string.Join(", ", ContactFields.All.Select(f => f.Token));
}
