using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.Common;
using Kith.Core.Mentoring;

namespace Kith.Cli.Commands.Mentoring;

/// <summary><c>kith goal add "…" --horizon one-year --area … --target …</c>.</summary>
internal static class GoalAddCommand
{
    public static Command Create(CommandRunner runner)
    {
        var title = new Argument<string>("title") { Description = "What you want to reach, e.g. \"Lead a team of five\"." };
        var horizon = CliOptions.Text("--horizon", $"How far ahead: {Vocabulary.Choices<GoalHorizon>()} (default: one-year).", "horizon");
        var areas = CliOptions.List("--area", "An area where a mentor would help, e.g. \"public speaking\".", "area");
        var target = CliOptions.Text("--target", "The day you aim to reach it by: YYYY-MM-DD.", "date");
        var description = CliOptions.Text("--description", "More about the goal: why it matters, what done looks like.");
        var command = new KithCommand("add", "Add a goal and the areas where mentoring would help.", """
            Examples:
              kith goal add "Give a talk at a conference" --area "public speaking" --target 2026-11-30
              kith goal add "Run my own product line" --horizon long-term --area finance --area strategy
            """) { title, horizon, areas, target, description };

        var labels = new FieldLabels { ["Title"] = "<title>", ["TargetOn"] = "--target", ["Areas"] = "--area" };
        command.SetAction((parse, ct) => runner.RunAsync(parse, labels, async (scope, ct) =>
        {
            var goal = await scope.Get<GoalService>().CreateAsync(new GoalInput(parse.GetValue(title), parse.GetValue(description),
                parse.GetValue(horizon), parse.GetValue(target), Areas: parse.GetValue(areas)), ct);
            if (scope.Json)
            {
                scope.Terminal.Json(goal);
                return;
            }
            var by = goal.TargetOn is { } on ? $", by {Formats.Day(on)}" : "";
            scope.Terminal.Line($"Added goal #{goal.Id}: {goal.Title} ({Formats.Words(goal.Horizon)}{by}).");
            scope.Terminal.Line(goal.Areas.Count > 0
                ? $"Areas: {Formats.List(goal.Areas)}. See who covers them: kith mentors"
                : "Name the areas where a mentor would help with --area, so 'kith mentors' can show the gaps.");
        }, ct));
        return command;
    }
}
