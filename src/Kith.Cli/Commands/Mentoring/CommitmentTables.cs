using Kith.Cli.Output;
using Kith.Core.Mentoring;
using Spectre.Console;

namespace Kith.Cli.Commands.Mentoring;

/// <summary>How requests and commitments to mentors read everywhere the CLI shows them.</summary>
internal static class CommitmentTables
{
    public static Table List(IEnumerable<CommitmentView> items, bool withMentor)
    {
        var table = withMentor
            ? Tables.Create("#", "Mentor", "Kind", "What", "Asked", "Due", "Status")
            : Tables.Create("#", "Kind", "What", "Asked", "Due", "Status");
        foreach (var c in items)
        {
            var cells = new List<Text> { Tables.Dim($"{c.Id}") };
            if (withMentor) cells.Add(Tables.Cell(c.MentorName));
            cells.Add(Tables.Cell(Formats.Words(c.Kind)));
            cells.Add(Tables.Cell(c.Description));
            cells.Add(Tables.Cell(Formats.Day(c.AskedOn)));
            cells.Add(Tables.Cell(Formats.Day(c.DueOn)));
            cells.Add(c.IsOverdue ? Tables.Cell("overdue", Tables.Warning) : Tables.Cell(State(c)));
            table.AddRow(cells);
        }
        return table;
    }

    /// <summary>"open", or "done 2026-03-18 (2 days)": the days it took are my response time.</summary>
    public static string State(CommitmentView c) =>
        c.DoneOn is { } done ? $"done {Formats.Day(done)} ({Formats.Count(c.ResponseDays ?? 0, "day", "days")})" : "open";
}
