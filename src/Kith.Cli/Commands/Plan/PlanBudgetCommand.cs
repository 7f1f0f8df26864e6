using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.Plan;

namespace Kith.Cli.Commands.Plan;

/// <summary><c>kith plan budget 90 [--rotation 8]</c>: how much time a week goes to the network, and how soon someone comes round again.</summary>
internal static class PlanBudgetCommand
{
    public static Command Create(CommandRunner runner)
    {
        var minutes = CliOptions.WholeNumber("minutes", "Minutes a week you set aside for your network, e.g. 60 for one lunch.");
        var rotation = CliOptions.Number("--rotation", "Weeks before someone is suggested again (default 8).", 1, 52);
        var command = new KithCommand("budget", "Set the minutes a week you set aside, and the rotation in weeks.", """
            The plan notes when your slots use less, or more, than the budget.

            Examples:
              kith plan budget 60
              kith plan budget 90 --rotation 12
            """) { minutes, rotation };

        var labels = new FieldLabels { ["WeeklyBudgetMinutes"] = "<minutes>", ["RotationWeeks"] = "--rotation" };
        command.SetAction((parse, ct) => runner.RunAsync(parse, labels, async (scope, ct) =>
        {
            var plan = await scope.Get<PlanService>().SetPlanAsync(new PlanInput(parse.GetValue(minutes), parse.GetValue(rotation)), ct);
            if (scope.Json)
            {
                scope.Terminal.Json(plan);
                return;
            }
            scope.Terminal.Line($"You set aside {plan.WeeklyBudgetMinutes} minutes a week; nobody is suggested again within " +
                $"{Formats.Count(plan.RotationWeeks, "week", "weeks")}.");
            foreach (var note in plan.Notes)
                scope.Terminal.Line($"Note: {note}");
        }, ct));
        return command;
    }
}
