using System.CommandLine;
using Kith.Core.Plan;

namespace Kith.Cli.Commands.Plan;

/// <summary><c>kith plan [--weeks N]</c> and its subcommands: time set aside every week, and whom to meet in it.</summary>
internal static class PlanCommand
{
    private const int DefaultWeeks = 8;

    private const string Summary = "Your weekly networking plan: the next weeks' slots, whom to meet and why, and how well you keep it.";

    private const string Details = """
        Networking has no urgency, so it waits for a later that never comes, unless time is set
        aside every week. Each upcoming slot gets a suggested person: a different one each time
        (nobody met in the last rotation weeks), alternating "maintaining" (a cadence coming due)
        and "expanding" (someone new or lightly known, another department or level, outside your
        employer). Accept, swap or skip a suggestion; mark the slot done afterwards and the
        interaction is logged in the same step.

        Examples:
          kith plan slot add wednesday 12:00 --kind lunch
          kith plan
          kith plan accept 1 2026-03-18
          kith plan swap 1 2026-03-25
          kith plan done 1 2026-03-18 --summary "Heard about the reorg" --gave
          kith plan budget 90 --rotation 10
          kith plan --weeks 4 --json
        """;

    public static Command Create(CommandRunner runner)
    {
        var weeks = CliOptions.Number("--weeks", $"How many weeks ahead to show (default {DefaultWeeks}, at most {PlanService.MaxWeeksAhead}).",
            1, PlanService.MaxWeeksAhead);
        var command = new KithCommand("plan", Summary, Details) { weeks };
        command.Subcommands.Add(PlanBudgetCommand.Create(runner));
        command.Subcommands.Add(PlanSlotCommand.Create(runner));
        command.Subcommands.Add(PlanSlotsCommand.Create(runner));
        command.Subcommands.Add(PlanOccurrenceCommand.CreateAccept(runner));
        command.Subcommands.Add(PlanOccurrenceCommand.CreateSwap(runner));
        command.Subcommands.Add(PlanOccurrenceCommand.CreateSkip(runner));
        command.Subcommands.Add(PlanDoneCommand.Create(runner));

        command.SetAction((parse, ct) => runner.RunAsync(parse, new FieldLabels(), async (scope, ct) =>
        {
            var count = parse.GetValue(weeks) ?? DefaultWeeks;
            var plan = await scope.Get<PlanService>().GetAsync(count, ct);
            if (scope.Json)
                scope.Terminal.Json(plan);
            else
                PlanTables.Print(scope.Terminal, plan, count);
        }, ct));
        return command;
    }
}
