using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.KeepInTouch;
using Kith.Core.People;

namespace Kith.Cli.Commands;

/// <summary><c>kith snooze ana --until 2026-04-01</c> or <c>--clear</c>: keep someone off the agenda for a while.</summary>
internal static class SnoozeCommand
{
    private const string Summary = "Keep someone's cadence off 'kith due' until a day.";

    private const string Details = """
        Follow-ups with them still show.

        Examples:
          kith snooze "Ana Lima" --until 2026-04-01
          kith snooze ana --clear
        """;

    public static Command Create(CommandRunner runner)
    {
        var person = new Argument<string>("person") { Description = "An id or a name." };
        var until = CliOptions.Text("--until", "The day they come back: YYYY-MM-DD.", "date");
        var clear = CliOptions.Flag("--clear", "End the snooze now.");
        var command = new KithCommand("snooze", Summary, Details) { person, until, clear };

        var labels = new FieldLabels { ["Until"] = "--until" };
        command.SetAction((parse, ct) => runner.RunAsync(parse, labels, async (scope, ct) =>
        {
            var day = parse.GetValue(until);
            var wake = parse.GetValue(clear);
            if (wake == (day is not null))
                throw new UserError("--until: give the day to snooze until (YYYY-MM-DD), or --clear to end the snooze.");

            var who = await scope.PersonAsync(parse.GetValue(person), "<person>", ct);
            await scope.Get<KeepInTouchService>().SnoozeAsync(who.Id, wake ? null : day, ct);
            var detail = await scope.Get<PeopleService>().GetAsync(who.Id, ct);
            if (scope.Json)
            {
                scope.Terminal.Json(detail);
                return;
            }
            scope.Terminal.Line(wake
                ? $"{detail.DisplayName} is no longer snoozed."
                : $"{detail.DisplayName} is snoozed until {Formats.Day(detail.SnoozedUntil)}.");
            if (detail.Cadence is null)
                scope.Terminal.Line($"They have no cadence, so nothing was due anyway; set one with 'kith cadence {who.Id} 30d'.");
            else
                scope.Terminal.Line($"Next due {Formats.Day(detail.NextDueOn)}.");
        }, ct));
        return command;
    }
}
