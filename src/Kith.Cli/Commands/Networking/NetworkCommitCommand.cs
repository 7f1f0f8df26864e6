using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.Common;
using Kith.Core.Networking;

namespace Kith.Cli.Commands.Networking;

/// <summary><c>kith network commit weekly-lunch --on … [--what …]</c>: one concrete step, with a date.</summary>
internal static class NetworkCommitCommand
{
    public static Command Create(CommandRunner runner)
    {
        var way = new Argument<string>("way") { Description = $"The way to network: {Vocabulary.Choices<NetworkingWay>()}." };
        var on = CliOptions.Text("--on", "The day you will do it: YYYY-MM-DD, today or within a year.", "date");
        var what = CliOptions.Text("--what", "The step itself (default: the way's usual first step).");
        var command = new KithCommand("commit", "Commit to one networking step, with a date.", """
            Committing to a way also marks it as one you picked. The step shows in 'kith due' from its date.

            Examples:
              kith network commit weekly-lunch --on 2026-03-20
              kith network commit professional-association --on 2026-04-02 --what "Go to the PMI chapter mixer"
            """) { way, on, what };

        var labels = new FieldLabels { ["Way"] = "<way>", ["DueOn"] = "--on", ["Description"] = "--what" };
        command.SetAction((parse, ct) => runner.RunAsync(parse, labels, async (scope, ct) =>
        {
            var step = await scope.Get<NetworkingService>().CommitAsync(
                new NetworkingCommitmentInput(parse.GetValue(way), parse.GetValue(what), parse.GetValue(on)), ct);
            if (scope.Json)
                scope.Terminal.Json(step);
            else
                scope.Terminal.Line($"Committed to step #{step.Id} ({step.WayTitle.ToLowerInvariant()}): {step.Description}, on {Formats.DayWithWeekday(step.DueOn)}.");
        }, ct));
        return command;
    }
}
