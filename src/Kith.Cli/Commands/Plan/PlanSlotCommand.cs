using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.Common;
using Kith.Core.Interactions;
using Kith.Core.Plan;

namespace Kith.Cli.Commands.Plan;

/// <summary><c>kith plan slot add|end</c>: the recurring times set aside, "Wednesday 12:00–13:00, lunch".</summary>
internal static class PlanSlotCommand
{
    public static Command Create(CommandRunner runner)
    {
        var command = new KithCommand("slot", "Add a recurring weekly slot, or end one.", """
            A slot keeps its local time across daylight-saving changes: noon stays noon.

            Examples:
              kith plan slot add wednesday 12:00
              kith plan slot add friday 08:30 --duration 30 --kind coffee --label "coffee with another team"
              kith plan slot end 2
            """);
        command.Subcommands.Add(CreateAdd(runner));
        command.Subcommands.Add(CreateEnd(runner));
        return command;
    }

    private static KithCommand CreateAdd(CommandRunner runner)
    {
        var day = new Argument<string>("day") { Description = "The day of the week: monday … sunday." };
        var time = new Argument<string>("time") { Description = "The local start time: HH:MM, e.g. 12:00." };
        var duration = CliOptions.Number("--duration", "How long, in minutes (default 60).", 10, 480);
        var kind = CliOptions.Text("--kind", $"What it is: {Vocabulary.Choices<InteractionKind>()} (default: lunch).", "kind");
        var label = CliOptions.Text("--label", "A name for it, e.g. \"lunch with another department\".");
        var from = CliOptions.Text("--from", "The first day it counts from: YYYY-MM-DD (default: today).", "date");
        var command = new KithCommand("add", "Add a recurring weekly slot for networking.", """
            Examples:
              kith plan slot add wednesday 12:00
              kith plan slot add friday 08:30 --duration 30 --kind coffee --from 2026-04-01
            """) { day, time, duration, kind, label, from };

        var labels = new FieldLabels { ["Day"] = "<day>", ["StartsAt"] = "<time>", ["DurationMinutes"] = "--duration", ["StartsOn"] = "--from" };
        command.SetAction((parse, ct) => runner.RunAsync(parse, labels, async (scope, ct) =>
        {
            var slot = await scope.Get<PlanService>().AddSlotAsync(new SlotInput(parse.GetValue(day), parse.GetValue(time),
                parse.GetValue(duration), parse.GetValue(kind), parse.GetValue(label), parse.GetValue(from)), ct);
            if (scope.Json)
            {
                scope.Terminal.Json(slot);
                return;
            }
            scope.Terminal.Line($"Added slot #{slot.Id}: {slot.Description}, from {Formats.DayWithWeekday(slot.StartsOn)}.");
            scope.Terminal.Line("See whom it suggests: kith plan");
        }, ct));
        return command;
    }

    private static KithCommand CreateEnd(CommandRunner runner)
    {
        var id = CliOptions.Id("slot-id", "The slot's number, as 'kith plan slots' shows it.");
        var command = new KithCommand("end", "Stop a slot from today; weeks already past still count.", """
            Examples:
              kith plan slot end 2
            """) { id };

        command.SetAction((parse, ct) => runner.RunAsync(parse, new FieldLabels(), async (scope, ct) =>
        {
            var slotId = parse.GetValue(id);
            await scope.Get<PlanService>().EndSlotAsync(slotId, ct);
            if (scope.Json)
                scope.Terminal.Json(new { ended = slotId });
            else
                scope.Terminal.Line($"Ended slot #{slotId}; it is no longer planned. Weeks already past still count for adherence.");
        }, ct));
        return command;
    }
}
