using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.Common;
using Kith.Core.KeepInTouch;
using Kith.Core.Opportunities;
using Kith.Core.People;

namespace Kith.Cli.Commands.Opportunities;

/// <summary><c>kith event met 3 ana | --new "Dana Reyes" --org Globex</c>: whom I met at an event.</summary>
internal static class EventCommand
{
    /// <summary>The <c>--json</c> shape: the event, the person met and the follow-up set for them.</summary>
    internal sealed record PersonMet(EventView Event, PersonRef Person, FollowUpView? FollowUp);

    public static Command Create(CommandRunner runner)
    {
        var command = new KithCommand("event", "Note whom you met at an event of an opportunity.", """
            Examples:
              kith event met 3 "Ana Lima"
              kith event met 3 --new "Dana Reyes" --org Globex --follow-up "Send Dana the survey" --follow-up-on 2026-04-06
            """);
        command.Subcommands.Add(CreateMet(runner));
        return command;
    }

    private static KithCommand CreateMet(CommandRunner runner)
    {
        var id = CliOptions.Id("event-id", "The event's number, as 'kith opportunity show' lists it.");
        var person = new Argument<string?>("person") { Description = "Whom you met, when they are in Kith: an id or a name.", Arity = ArgumentArity.ZeroOrOne };
        var met = new MetOptions("Follow up with <first name> after <event>", "two days after the event");
        var noFollowUp = CliOptions.Flag("--no-follow-up", "Set no follow-up.");
        var command = new KithCommand("met", "Note someone you met at an event: links or adds them, logs it, sets a follow-up.", """
            The event counts as attended. "How we met" is filled in when empty.

            Examples:
              kith event met 3 "Ana Lima"
              kith event met 3 --new "Dana Reyes" --org Globex
              kith event met 3 bob --no-follow-up
            """) { id, person };
        met.AddTo(command);
        command.Options.Add(noFollowUp);

        var labels = met.Labels("<person>");
        labels["eventId"] = "<event-id>";
        command.SetAction((parse, ct) => runner.RunAsync(parse, labels, async (scope, ct) =>
        {
            var input = await met.ReadAsync(parse, scope, parse.GetValue(person), "<person>", ct)
                ?? throw new UserError("<person>: name whom you met, or add them with --new \"First Last\".");
            var skip = parse.GetValue(noFollowUp);
            if (skip && (input.FollowUp is not null || input.FollowUpOn is not null))
                throw new UserError("--no-follow-up: leave out --follow-up and --follow-up-on, or this.");

            var e = await scope.Get<OpportunityService>().AddPersonMetAsync(parse.GetValue(id), input with { NoFollowUp = skip }, ct);
            // A new person is the newest in the database, so the one with the highest id.
            var who = input.PersonId is { } known ? e.PeopleMet.First(p => p.Id == known) : e.PeopleMet.MaxBy(p => p.Id)!;
            var followUp = skip ? null : await NewestFollowUpAsync(scope, who.Id, ct);
            if (scope.Json)
            {
                scope.Terminal.Json(new PersonMet(e, who, followUp));
                return;
            }
            scope.Terminal.Line($"Met {who.DisplayName} (#{who.Id}) at {e.Title} ({e.OpportunityName}); it is on their timeline.");
            if (followUp is not null)
                scope.Terminal.Line($"Added follow-up #{followUp.Id}: {followUp.Description} (due {Formats.DayWithWeekday(followUp.DueOn)}).");
        }, ct));
        return command;
    }

    /// <summary>The follow-up the service just set: the person's newest open one (the service does not return it).</summary>
    private static async Task<FollowUpView?> NewestFollowUpAsync(CommandScope scope, int personId, CancellationToken ct)
    {
        var open = await scope.Get<KeepInTouchService>().ListFollowUpsAsync(
            new FollowUpQuery { PersonId = personId, Status = "open", PageSize = Paging.MaxSize }, ct);
        return open.Items.MaxBy(f => f.Id);
    }
}
