using Kith.Cli.Output;
using Kith.Core.Import;
using Spectre.Console;

namespace Kith.Cli.Commands.Import;

/// <summary>What <c>kith import</c> prints: the preview (mapping, counts, the rows that need a look) and what was done.</summary>
internal static class ImportReport
{
    /// <summary>Rows listed per kind; the rest are counted, so a 30,000-row file does not scroll away.</summary>
    public const int Listed = 20;

    /// <summary>The <c>--json</c> shape: the preview, and what the commit did (null when nothing was imported).</summary>
    internal sealed record Report(ImportPreview Preview, ImportResult? Result);

    /// <param name="listErrors">False when the error rows go to standard error instead, because they stop the import.</param>
    public static void Preview(Terminal terminal, string fileName, ImportPreview preview, ImportChoices choices, bool typedMapping, bool listErrors)
    {
        terminal.Line($"{fileName}: {ImportWords.Describe(preview.Format)}, {Formats.Count(preview.Counts.Rows, "row", "rows")}.");
        if (preview.Format == ImportFormat.Csv && preview.Mapping is { } mapping)
        {
            terminal.Line();
            Mapping(terminal, preview.Columns, mapping, typedMapping);
            terminal.Line();
        }

        terminal.Write(Counts(preview.Counts, choices));

        var duplicates = preview.Rows.Where(r => r.Status == RowStatus.PossibleDuplicate).ToList();
        if (duplicates.Count > 0)
        {
            terminal.Line();
            terminal.Line($"Possible duplicates ({duplicates.Count}): {DuplicateChoice(choices.PossibleDuplicates)}.");
            var table = Tables.Create("Line", "In the file", "Looks like", "Why");
            foreach (var row in duplicates.Take(Listed))
                table.AddRow(Tables.Dim($"{row.Line}"), Tables.Cell(InTheFile(row)),
                    Tables.Cell(row.Match is { } m ? $"{m.DisplayName} (#{m.Id})" : ""), Tables.Cell(row.MatchReason));
            terminal.Write(table);
            More(terminal, duplicates.Count);
        }

        var errors = preview.Rows.Where(r => r.Status == RowStatus.Error).ToList();
        if (errors.Count > 0 && listErrors)
        {
            terminal.Line();
            terminal.Line(choices.SkipErrors
                ? $"Rows with errors ({errors.Count}), left out (--skip-errors):"
                : $"Rows with errors ({errors.Count}):");
            var table = Tables.Create("Line", "Column", "Problem");
            foreach (var row in errors.Take(Listed))
            {
                foreach (var error in row.Errors)
                    table.AddRow(Tables.Dim($"{row.Line}"), Tables.Cell(error.Field), Tables.Cell(error.Message));
            }
            terminal.Write(table);
            More(terminal, errors.Count);
        }
    }

    public static void Result(Terminal terminal, string fileName, ImportResult r) =>
        terminal.Line($"Imported {fileName}: {Formats.People(r.Created)} created, {r.Updated} updated, {r.Merged} merged, " +
            $"{r.Unchanged} unchanged, {r.Skipped} skipped.");

    /// <summary>The error rows as "file:line: Column: problem" lines, the way compilers point at a place in a file.</summary>
    public static string ErrorLines(string path, IReadOnlyList<PreviewRow> rows)
    {
        var lines = rows.Take(Listed).SelectMany(row => row.Errors.Count == 0
            ? [$"  {path}:{row.Line}: this row cannot be imported."]
            : row.Errors.Select(e => $"  {path}:{row.Line}: {e.Field}: {e.Message}"));
        var more = rows.Count > Listed ? $"\n  … and {rows.Count - Listed} more rows with errors." : "";
        return string.Join('\n', lines) + more;
    }

    private static void Mapping(Terminal terminal, IReadOnlyList<string> columns, ColumnMapping mapping, bool typed)
    {
        terminal.Line(typed
            ? "Columns, read as you mapped them (the rest as guessed):"
            : "Columns, read as Kith guessed from their names (correct one with --map \"Column=field\"):");
        var table = Tables.Create("Column", "Field");
        foreach (var column in columns)
        {
            var field = mapping.FieldOf(column);
            table.AddRow(Tables.Cell(column), field == ContactFields.Ignore ? Tables.Dim("ignore (not imported)") : Tables.Cell(field));
        }
        terminal.Write(table);
        if (!typed)
            terminal.Line($"Fields: {ColumnMap.Fields}.");
    }

    private static Table Counts(ImportCounts c, ImportChoices choices)
    {
        var table = Tables.Create("Rows", "Count", "On import");
        table.Columns[1].RightAligned();
        table.AddRow(Tables.Cell("new"), Tables.Cell($"{c.New}"), Tables.Cell("added as new people"));
        table.AddRow(Tables.Cell("update"), Tables.Cell($"{c.Update}"), Tables.Cell("what the person lacks is filled in"));
        table.AddRow(Tables.Cell("unchanged"), Tables.Cell($"{c.Unchanged}"), Tables.Dim("already here; nothing to do"));
        table.AddRow(Tables.Cell("possible duplicate"), Count(c.PossibleDuplicate), Tables.Cell(DuplicateChoice(choices.PossibleDuplicates)));
        table.AddRow(Tables.Cell("error"), Count(c.Error), Tables.Cell(choices.SkipErrors
            ? "left out (--skip-errors)"
            : "stop the import unless --skip-errors"));
        table.AddRow(Tables.Cell("ignored"), Tables.Cell($"{c.Ignored}"), Tables.Dim("no person in the row"));
        return table;
    }

    private static Text Count(int count) => count > 0 ? Tables.Cell($"{count}", Tables.Warning) : Tables.Cell($"{count}");

    private static string DuplicateChoice(RowChoice choice) => choice switch
    {
        RowChoice.KeepBoth => "added beside the match (--on-duplicate keep-both)",
        RowChoice.Skip => "left out (--on-duplicate skip)",
        _ => "merged into the match (--on-duplicate merge)",
    };

    private static string InTheFile(PreviewRow row) =>
        string.Join(" · ", new[] { row.Name, row.Organisation, row.Email }.Where(s => !string.IsNullOrWhiteSpace(s)));

    private static void More(Terminal terminal, int count)
    {
        if (count > Listed)
            terminal.Line($"… and {count - Listed} more.");
    }
}
