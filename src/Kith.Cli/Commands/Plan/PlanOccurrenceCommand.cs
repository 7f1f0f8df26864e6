using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.Plan;

namespace Kith.Cli.Commands.Plan;

/// <summary><c>kith plan accept|swap|skip &lt;slot&gt; &lt;date&gt;</c>: deciding about one upcoming slot.</summary>
internal static class PlanOccurrenceCommand
{
    private static readonly FieldLabels Labels = new() { ["On"] = "<date>", ["PersonId"] = "<person>" };

    public static KithCommand CreateAccept(CommandRunner runner)
    {
        var (slot, date) = Arguments();
        var person = new Argument<string?>("person")
        {
            Description = "Whom you will meet instead of the suggestion: an id or a name.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new KithCommand("accept", "Accept the person suggested for a slot, or name another.", """
            Examples:
              kith plan accept 1 2026-03-18
              kith plan accept 1 2026-03-25 "Bea Costa"
            """) { slot, date, person };

        command.SetAction((parse, ct) => runner.RunAsync(parse, Labels, async (scope, ct) =>
        {
            int? personId = parse.GetValue(person) is { } who ? (await scope.PersonAsync(who, "<person>", ct)).Id : null;
            var o = await scope.Get<PlanService>().AcceptAsync(parse.GetValue(slot), parse.GetValue(date), personId, ct);
            if (scope.Json)
                scope.Terminal.Json(o);
            else
                scope.Terminal.Line($"Accepted {PlanTables.Person(o)} for {PlanTables.Occasion(o)}. Invite them, and afterwards: kith plan done {o.SlotId} {Formats.Day(o.On)}");
        }, ct));
        return command;
    }

    public static KithCommand CreateSwap(CommandRunner runner)
    {
        var (slot, date) = Arguments();
        var command = new KithCommand("swap", "Pass over the person suggested for a slot and suggest the next one.", """
            The person passed over is not suggested for that slot again.

            Examples:
              kith plan swap 1 2026-03-18
            """) { slot, date };

        command.SetAction((parse, ct) => runner.RunAsync(parse, Labels, async (scope, ct) =>
        {
            var o = await scope.Get<PlanService>().SwapAsync(parse.GetValue(slot), parse.GetValue(date), ct);
            if (scope.Json)
                scope.Terminal.Json(o);
            else if (o.PersonId is null)
                scope.Terminal.Line($"Nobody else to suggest for {PlanTables.Occasion(o)}: {o.Reason}.");
            else
                scope.Terminal.Line($"Now suggested for {PlanTables.Occasion(o)}: {PlanTables.Person(o)}, {o.Reason}.");
        }, ct));
        return command;
    }

    public static KithCommand CreateSkip(CommandRunner runner)
    {
        var (slot, date) = Arguments();
        var command = new KithCommand("skip", "Skip one week's slot (it counts as not kept).", """
            Examples:
              kith plan skip 1 2026-04-01
            """) { slot, date };

        command.SetAction((parse, ct) => runner.RunAsync(parse, Labels, async (scope, ct) =>
        {
            var o = await scope.Get<PlanService>().SkipAsync(parse.GetValue(slot), parse.GetValue(date), ct);
            if (scope.Json)
                scope.Terminal.Json(o);
            else
                scope.Terminal.Line($"Skipped {PlanTables.Occasion(o)}; it counts as a slot not kept.");
        }, ct));
        return command;
    }

    internal static (Argument<int> Slot, Argument<string> Date) Arguments() =>
        (CliOptions.Id("slot-id", "The slot's number, as 'kith plan' shows it."),
         new Argument<string>("date") { Description = "The day of that week's slot: YYYY-MM-DD, as 'kith plan' shows it." });
}
