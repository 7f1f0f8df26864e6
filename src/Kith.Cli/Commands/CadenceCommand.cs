using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.KeepInTouch;
using Kith.Core.People;

namespace Kith.Cli.Commands;

/// <summary><c>kith cadence ana 30d [--max 45d]</c> or <c>--clear</c>: how often I want to be in touch.</summary>
internal static class CadenceCommand
{
    private const string Summary = "Set, show or clear how often you want to be in touch with someone.";

    private const string Details = """
        Ideally every <interval>, and overdue after --max (default: half as long again).
        Without an interval, shows the current cadence.

        Examples:
          kith cadence "Ana Lima" 30d
          kith cadence bob 2w --max 3w
          kith cadence bob --clear
        """;

    public static Command Create(CommandRunner runner)
    {
        var person = new Argument<string>("person") { Description = "An id or a name." };
        var interval = new Argument<string?>("interval") { Description = "How often: 30d, 2w, 3m.", Arity = ArgumentArity.ZeroOrOne };
        var max = CliOptions.Text("--max", "Overdue after this long, in the same unit: 45d, 3w.", "interval");
        var clear = CliOptions.Flag("--clear", "Stop tracking a cadence for this person (also ends a snooze).");
        var command = new KithCommand("cadence", Summary, Details) { person, interval, max, clear };

        var labels = new FieldLabels { ["Every"] = "<interval>", ["Unit"] = "<interval>", ["personId"] = "<person>" };
        command.SetAction((parse, ct) => runner.RunAsync(parse, labels, async (scope, ct) =>
        {
            var who = await scope.PersonAsync(parse.GetValue(person), "<person>", ct);
            var every = parse.GetValue(interval);
            if (parse.GetValue(clear))
            {
                if (every is not null || parse.GetValue(max) is not null)
                    throw new UserError("--clear: give either an interval or --clear, not both.");
                await scope.Get<KeepInTouchService>().ClearCadenceAsync(who.Id, ct);
            }
            else if (every is not null)
                await scope.Get<KeepInTouchService>().SetCadenceAsync(who.Id, IntervalText.Parse(every, parse.GetValue(max), "<interval>", "--max"), ct);
            else if (parse.GetValue(max) is not null)
                throw new UserError("--max: give the interval as well, e.g. 'kith cadence ana 30d --max 45d'.");

            var detail = await scope.Get<PeopleService>().GetAsync(who.Id, ct);
            if (scope.Json)
                scope.Terminal.Json(detail);
            else
                scope.Terminal.Line(detail.Cadence is { } c
                    ? $"{detail.DisplayName}: keep in touch {c.Description}; next due {Formats.Day(detail.NextDueOn)}."
                    : $"{detail.DisplayName}: no cadence.");
        }, ct));
        return command;
    }
}
