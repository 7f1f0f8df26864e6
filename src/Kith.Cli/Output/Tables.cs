using Kith.Core.Agenda;
using Spectre.Console;

namespace Kith.Cli.Output;

/// <summary>The one look of every table and cell, so all commands read alike.</summary>
internal static class Tables
{
    public static Table Create(params string[] headers)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in headers)
            table.AddColumn(new TableColumn(new Text(header, new Style(decoration: Decoration.Bold))));
        return table;
    }

    /// <summary>User text as a cell: never parsed as markup, so "[draft]" in a name prints as typed.</summary>
    public static Text Cell(string? text, Style? style = null) => new(text ?? "", style);

    public static Text Dim(string? text) => Cell(text, new Style(Color.Grey));

    /// <summary>What needs the user's attention: a gap on the board, an overdue commitment.</summary>
    public static readonly Style Warning = new(Color.Yellow);

    public static Text Urgency(Urgency urgency) => urgency switch
    {
        Core.Agenda.Urgency.Overdue => Cell("overdue", new Style(Color.Red, decoration: Decoration.Bold)),
        Core.Agenda.Urgency.Due => Cell("due", new Style(Color.Yellow)),
        _ => Dim("upcoming"),
    };

    /// <summary>A two-column grid for "label  value" details; empty values are left out.</summary>
    public static Grid Details(IEnumerable<(string Label, string? Value)> rows)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(2)).AddColumn();
        foreach (var (label, value) in rows)
        {
            if (!string.IsNullOrWhiteSpace(value))
                grid.AddRow(Dim(label), Cell(value));
        }
        return grid;
    }
}
