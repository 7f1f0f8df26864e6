using Kith.Cli.Output;
using Kith.Core.Mentoring;
using Spectre.Console;

namespace Kith.Cli.Commands.Mentoring;

/// <summary>How meetings read everywhere the CLI shows them.</summary>
internal static class MeetingTables
{
    public static Table List(IEnumerable<MeetingView> meetings)
    {
        var table = Tables.Create("#", "When", "Status", "Where");
        foreach (var m in meetings)
            table.AddRow(Tables.Dim($"{m.Id}"), Tables.Cell(When(m)), Tables.Cell(Formats.Words(m.Status)), Tables.Cell(m.Location));
        return table;
    }

    /// <summary>The chosen time, the day it was held, or every time offered with the number to choose it by.</summary>
    public static string When(MeetingView m) => m switch
    {
        { HeldOn: { } held } => Formats.Day(held),
        { StartsAt: { } at } => $"{Formats.Time(at)} ({m.DurationMinutes} min)",
        _ => string.Join("\n", m.Proposals.Select(p => $"{Formats.Time(p.StartsAt)} (time {p.Id})")),
    };

    /// <summary>When the meeting rhythm says to meet next, flagged once it has passed (the mentor has gone quiet).</summary>
    public static string NextDue(DateOnly? due, bool quiet) =>
        due is { } d ? (quiet ? $"{Formats.Day(d)} (overdue)" : Formats.Day(d)) : "";

    /// <summary>The offered times as a table, for choosing one.</summary>
    public static Table Proposals(MeetingView m)
    {
        var table = Tables.Create("Time #", "When");
        foreach (var p in m.Proposals)
            table.AddRow(Tables.Dim($"{p.Id}"), Tables.Cell(Formats.Time(p.StartsAt)));
        return table;
    }
}
