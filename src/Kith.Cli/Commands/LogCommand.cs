using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.Common;
using Kith.Core.Interactions;

namespace Kith.Cli.Commands;

/// <summary><c>kith log ana bob --kind lunch --summary …</c>: record what I did with people; it resets their cadence.</summary>
internal static class LogCommand
{
    private const string Summary = "Log something you did with one or more people.";

    private const string Details = """
        It counts as being in touch: their keep-in-touch cadence starts again from that day.

        Examples:
          kith log "Ana Lima" --kind lunch --summary "Talked about the reorg"
          kith log ana 12 --kind meeting --summary "Budget review" --date 2026-03-01T14:00
          kith log bob --kind email --summary "Sent the article" --gave
        """;

    public static Command Create(CommandRunner runner)
    {
        var people = new Argument<string[]>("person") { Description = "Who was there: ids or names.", Arity = ArgumentArity.OneOrMore };
        var kind = CliOptions.Text("--kind", $"What it was: {Vocabulary.Choices<InteractionKind>()} (default: other).", "kind");
        var summaryOption = CliOptions.Text("--summary", "A few words about what happened.");
        var notes = CliOptions.Text("--notes", "Longer private notes.");
        var date = CliOptions.Text("--date", "When: YYYY-MM-DD or YYYY-MM-DDTHH:MM, your local time (default: now).", "when");
        var gave = CliOptions.Flag("--gave", "You gave something: help, an introduction, a share.");
        var asked = CliOptions.Flag("--asked", "You asked for something.");

        var command = new KithCommand("log", Summary, Details) { people, kind, summaryOption, notes, date, gave, asked };
        CliOptions.OneOf(command, gave, asked);

        var labels = new FieldLabels { ["PersonIds"] = "<person>", ["OccurredAt"] = "--date", ["Exchange"] = "--gave/--asked" };
        command.SetAction((parse, ct) => runner.RunAsync(parse, labels, async (scope, ct) =>
        {
            var ids = new List<int>();
            foreach (var text in parse.GetValue(people) ?? [])
                ids.Add((await scope.PersonAsync(text, "<person>", ct)).Id);

            var logged = await scope.Get<InteractionService>().LogAsync(new InteractionInput
            {
                PersonIds = ids,
                Kind = parse.GetValue(kind),
                Summary = parse.GetValue(summaryOption),
                Notes = parse.GetValue(notes),
                OccurredAt = parse.GetValue(date),
                Exchange = parse.GetValue(gave) ? "gave" : parse.GetValue(asked) ? "asked" : null,
            }, ct);

            if (scope.Json)
            {
                scope.Terminal.Json(logged);
                return;
            }
            var with = string.Join(", ", logged.People.Select(p => $"{p.DisplayName} (#{p.Id})"));
            var when = Formats.Moment(logged.OccurredAt, await scope.ZoneAsync(ct));
            scope.Terminal.Line($"Logged {Vocabulary.Token(logged.Kind)} #{logged.Id} with {with} at {when}: {logged.Summary}");
        }, ct));
        return command;
    }
}
