using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.Common;
using Kith.Core.Plan;

namespace Kith.Cli.Commands.Plan;

/// <summary><c>kith plan done 1 2026-03-18 [--with …] [--summary …]</c>: the slot was kept; log the interaction in the same step.</summary>
internal static class PlanDoneCommand
{
    public static Command Create(CommandRunner runner)
    {
        var (slot, date) = PlanOccurrenceCommand.Arguments();
        var with = CliOptions.Text("--with", "Whom you met, when not the person accepted or suggested: an id or a name.", "person");
        var summary = CliOptions.Text("--summary", "A few words about what you talked about.");
        var notes = CliOptions.Text("--notes", "Longer private notes.");
        var gave = CliOptions.Flag("--gave", "You gave something: help, an introduction, a share.");
        var asked = CliOptions.Flag("--asked", "You asked for something.");
        var command = new KithCommand("done", "Mark a slot kept; the interaction is logged on the person's timeline.", """
            It counts as being in touch: their keep-in-touch cadence starts again, and the week
            counts towards your adherence and streak.

            Examples:
              kith plan done 1 2026-03-18
              kith plan done 1 2026-03-18 --with "Bea Costa" --summary "Swapped notes on the budget cycle" --asked
            """) { slot, date, with, summary, notes, gave, asked };
        CliOptions.OneOf(command, gave, asked);

        var labels = new FieldLabels { ["On"] = "<date>", ["PersonId"] = "--with", ["Exchange"] = "--gave/--asked" };
        command.SetAction((parse, ct) => runner.RunAsync(parse, labels, async (scope, ct) =>
        {
            int? personId = parse.GetValue(with) is { } who ? (await scope.PersonAsync(who, "--with", ct)).Id : null;
            var service = scope.Get<PlanService>();
            var o = await service.DoneAsync(parse.GetValue(slot), parse.GetValue(date), new SlotDoneInput(personId,
                parse.GetValue(summary), parse.GetValue(notes), parse.GetValue(gave) ? "gave" : parse.GetValue(asked) ? "asked" : null), ct);
            if (scope.Json)
            {
                scope.Terminal.Json(o);
                return;
            }
            scope.Terminal.Line($"Kept {PlanTables.Occasion(o)} with {PlanTables.Person(o)}.");
            scope.Terminal.Line($"Logged {Vocabulary.Token(o.Kind)} #{o.InteractionId} on their timeline; their keep-in-touch cadence starts again.");
            scope.Terminal.Line(PlanTables.Streak((await service.GetAsync(1, ct)).Streak));
        }, ct));
        return command;
    }
}
