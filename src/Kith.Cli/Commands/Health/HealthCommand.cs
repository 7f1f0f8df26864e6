using System.CommandLine;
using Kith.Cli.Commands.Plan;
using Kith.Cli.Output;
using Kith.Core.Health;
using Spectre.Console;

namespace Kith.Cli.Commands.Health;

/// <summary><c>kith health</c>: whom I know, how strong the ties are, gives against asks, weeks kept, and what to do about the gaps.</summary>
internal static class HealthCommand
{
    private const string Summary = "Network health: whom you know, tie strength, gives against asks, weeks kept, and recommendations.";

    private const string Details = """
        Counts by role, department, level and inside/outside your employer; tie strength from how
        recently and how often you were in touch (strong, steady, fading, dormant); what you gave
        and asked for in the last year, overall and per person; how well you keep your weekly
        networking time. Recommendations come from the gaps.

        Examples:
          kith health
          kith health --json | jq '.recommendations[].message'
        """;

    public static Command Create(CommandRunner runner)
    {
        var command = new KithCommand("health", Summary, Details);
        command.SetAction((parse, ct) => runner.RunAsync(parse, new FieldLabels(), async (scope, ct) =>
        {
            var health = await scope.Get<HealthService>().GetAsync(ct);
            if (scope.Json)
                scope.Terminal.Json(health);
            else
                Print(scope.Terminal, health);
        }, ct));
        return command;
    }

    private static void Print(Terminal terminal, HealthView h)
    {
        terminal.Line($"Network health: {Formats.People(h.People)}.");
        Chart(terminal, "By role", h.ByRole);
        Chart(terminal, "By department", h.ByDepartment);
        Chart(terminal, "By level, relative to you", h.ByLevel);
        Chart(terminal, "Inside or outside your employer", h.ByEmployer);
        Chart(terminal, "Tie strength (how recently and how often you were in touch)", h.ByStrength);

        terminal.Line();
        var year = h.LastYear;
        terminal.Line($"Gives and asks in the last year: you gave {Formats.Count(year.Gave, "time", "times")} and asked {Formats.Count(year.Asked, "time", "times")} " +
            $"({year.Neither} other interactions).");
        if (h.Balances.Count > 0)
            terminal.Write(Balances(h.Balances));

        terminal.Line();
        terminal.Line("Weekly networking time:");
        terminal.Line($"  {PlanTables.Adherence(h.Last8Weeks)}");
        terminal.Line($"  {PlanTables.Adherence(h.Last26Weeks)}");
        terminal.Line($"  {PlanTables.Streak(h.Streak)}");

        terminal.Line();
        if (h.Recommendations.Count == 0)
        {
            terminal.Line("No recommendations: no gaps stand out.");
            return;
        }
        terminal.Line("Recommendations:");
        foreach (var r in h.Recommendations)
        {
            terminal.Line($"  - {r.Message}");
            if (Command(r) is { } next)
                terminal.Line($"    next: {next}");
        }
    }

    private static void Chart(Terminal terminal, string title, IReadOnlyList<HealthCount> counts)
    {
        terminal.Line();
        terminal.Line($"{title}:");
        foreach (var line in HealthCharts.Bars(counts))
            terminal.Line(line);
    }

    private static Table Balances(IEnumerable<PersonBalance> balances)
    {
        var table = Tables.Create("#", "Person", "Gave", "Asked", "First ask");
        foreach (var b in balances)
        {
            var lopsided = b.Asked >= 3 && b.Gave == 0;
            table.AddRow(Tables.Dim($"{b.PersonId}"), Tables.Cell(b.Name), Tables.Cell($"{b.Gave}"),
                lopsided ? Tables.Cell($"{b.Asked}", Tables.Warning) : Tables.Cell($"{b.Asked}"), Tables.Cell(Formats.Day(b.FirstAskOn)));
        }
        return table;
    }

    /// <summary>The command that acts on a recommendation; the web app links to the page instead.</summary>
    private static string? Command(Recommendation r) => r.Code switch
    {
        "no-people" => "kith add \"First Last\" --department …",
        "no-outside-recently" => "kith find --outside",
        "no-senior-outside-chain" => "kith find --level more-senior",
        "asks-no-gives" when r.PersonId is { } id => $"kith show {id}",
        "one-department" or "weeks-kept" => "kith plan",
        "few-strong" => "kith cadence <person> 30d",
        "no-slots" => "kith plan slot add wednesday 12:00 --kind lunch",
        "no-mentors" => "kith mentors",
        _ => null,
    };
}
