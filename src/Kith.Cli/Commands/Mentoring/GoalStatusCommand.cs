using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.Common;
using Kith.Core.Mentoring;

namespace Kith.Cli.Commands.Mentoring;

/// <summary><c>kith goal status 2 achieved</c>: a goal reached or dropped leaves the board; active brings it back.</summary>
internal static class GoalStatusCommand
{
    public static Command Create(CommandRunner runner)
    {
        var id = CliOptions.Id("goal-id", "The goal's number, as 'kith goals' shows it.");
        var status = new Argument<string>("status") { Description = $"The new status: {Vocabulary.Choices<GoalStatus>()}." };
        var command = new KithCommand("status", "Mark a goal achieved or dropped (or active again).", """
            Only active goals put their areas on 'kith mentors'.

            Examples:
              kith goal status 2 achieved
            """) { id, status };

        var labels = new FieldLabels { ["Status"] = "<status>" };
        command.SetAction((parse, ct) => runner.RunAsync(parse, labels, async (scope, ct) =>
        {
            if (string.IsNullOrWhiteSpace(parse.GetValue(status)))
                throw new UserError($"<status>: choose one of: {Vocabulary.Choices<GoalStatus>()}.");
            var goals = scope.Get<GoalService>();
            var goal = await goals.GetAsync(parse.GetValue(id), ct);
            // The service replaces every field, so the goal is sent back as it is with only the status changed.
            goal = await goals.UpdateAsync(goal.Id, new GoalInput(goal.Title, goal.Description, Vocabulary.Token(goal.Horizon),
                goal.TargetOn is { } on ? Formats.Day(on) : null, parse.GetValue(status), goal.Areas), ct);
            if (scope.Json)
                scope.Terminal.Json(goal);
            else
                scope.Terminal.Line($"Goal #{goal.Id} is {Formats.Words(goal.Status)}: {goal.Title}");
        }, ct));
        return command;
    }
}
