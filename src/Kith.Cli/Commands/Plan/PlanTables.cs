using System.Globalization;
using Kith.Cli.Output;
using Kith.Core.Common;
using Kith.Core.Plan;
using Spectre.Console;

namespace Kith.Cli.Commands.Plan;

/// <summary>How the weekly plan reads everywhere the CLI shows it.</summary>
internal static class PlanTables
{
    public static void Print(Terminal terminal, PlanView plan, int weeks)
    {
        var slots = Formats.Count(plan.Slots.Count, "slot", "slots");
        terminal.Line($"Weekly plan: {slots}, {plan.ScheduledMinutesPerWeek} of {plan.WeeklyBudgetMinutes} minutes a week; " +
            $"nobody is suggested again within {Formats.Count(plan.RotationWeeks, "week", "weeks")}.");
        if (plan.Upcoming.Count > 0)
        {
            terminal.Line();
            terminal.Line($"Next {Formats.Count(weeks, "week", "weeks")}:");
            terminal.Write(Upcoming(plan.Upcoming));
        }
        terminal.Line();
        terminal.Line(Adherence(plan.Last8Weeks));
        terminal.Line(Adherence(plan.Last26Weeks));
        terminal.Line(Streak(plan.Streak));
        foreach (var note in plan.Notes)
            terminal.Line($"Note: {note}");
        if (plan.Slots.Count == 0)
            terminal.Line("Set time aside: kith plan slot add wednesday 12:00 --kind lunch");
        else if (plan.Upcoming.Count > 0)
            terminal.Line("Act on a slot: kith plan accept|swap|skip|done <slot> <date>");
    }

    public static Table Upcoming(IEnumerable<PlannedSlotView> upcoming)
    {
        var table = Tables.Create("Slot", "When", "What", "Person", "Mix", "Status", "Why");
        foreach (var o in upcoming)
        {
            var open = o.Status == SlotStatus.Open;
            table.AddRow(Tables.Dim($"{o.SlotId}"), Tables.Cell(Formats.Time(o.StartsAt)), Tables.Cell(What(o)), Tables.Cell(Person(o)),
                Tables.Cell(o.Status == SlotStatus.Skipped ? "" : Formats.Words(o.Mix)), Tables.Cell(Status(o)),
                open ? Tables.Cell(o.Reason) : Tables.Dim(""));
        }
        return table;
    }

    /// <summary>"suggested" while only the plan has chosen; "kept" once done, the word the adherence figures use.</summary>
    public static string Status(PlannedSlotView o) => o.Status switch
    {
        SlotStatus.Open => o.PersonId is null ? "open" : "suggested",
        SlotStatus.Done => "kept",
        _ => Vocabulary.Token(o.Status),
    };

    public static string Person(PlannedSlotView o) => o.PersonId is { } id ? $"{o.PersonName} (#{id})" : "";

    /// <summary>The slot's label or kind: "lunch", "coffee with Finance".</summary>
    public static string What(PlannedSlotView o)
    {
        // The service describes a slot as "Wednesday 12:00–13:00, <label or kind>".
        var comma = o.Description.IndexOf(", ", StringComparison.Ordinal);
        return comma >= 0 ? o.Description[(comma + 2)..] : Vocabulary.Token(o.Kind);
    }

    /// <summary>"Wed 2026-03-18 12:00–13:00, lunch".</summary>
    public static string Occasion(PlannedSlotView o) =>
        $"{Formats.Time(o.StartsAt)}–{o.StartsAt.AddMinutes(o.DurationMinutes).ToString("HH:mm", CultureInfo.InvariantCulture)}, {What(o)}";

    /// <summary>"Last 8 weeks: kept 3 of 8 slots, in 3 of 8 weeks (0.38 a week)."</summary>
    public static string Adherence(PlanAdherence a) =>
        $"Last {a.Weeks} weeks: kept {a.Kept} of {Formats.Count(a.Scheduled, "slot", "slots")}, in {a.WeeksKept} of {a.Weeks} weeks " +
        $"({a.KeptPerWeek.ToString("0.##", CultureInfo.InvariantCulture)} a week).";

    public static string Streak(int weeks) => weeks == 0
        ? "Streak: none yet; keep this week's slot to start one."
        : $"Streak: {Formats.Count(weeks, "week", "weeks")} in a row.";
}
