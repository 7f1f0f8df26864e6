using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.Plan;
using Spectre.Console;

namespace Kith.Cli.Commands.Plan;

/// <summary><c>kith plan slots</c>: the running slots and the budget they use.</summary>
internal static class PlanSlotsCommand
{
    public static Command Create(CommandRunner runner)
    {
        var command = new KithCommand("slots", "List the weekly slots that are running.", """
            Examples:
              kith plan slots
              kith plan slots --json
            """);

        command.SetAction((parse, ct) => runner.RunAsync(parse, new FieldLabels(), async (scope, ct) =>
        {
            var plan = await scope.Get<PlanService>().GetAsync(1, ct);
            if (scope.Json)
            {
                scope.Terminal.Json(plan.Slots);
                return;
            }
            if (plan.Slots.Count == 0)
            {
                scope.Terminal.Line("No slots yet. Set time aside: kith plan slot add wednesday 12:00 --kind lunch");
                return;
            }
            var table = Tables.Create("#", "Slot", "From");
            foreach (var s in plan.Slots)
                table.AddRow(Tables.Dim($"{s.Id}"), Tables.Cell(s.Description), Tables.Cell(Formats.Day(s.StartsOn)));
            scope.Terminal.Write(table);
            scope.Terminal.Line($"They use {plan.ScheduledMinutesPerWeek} of the {plan.WeeklyBudgetMinutes} minutes a week you set aside.");
        }, ct));
        return command;
    }
}
