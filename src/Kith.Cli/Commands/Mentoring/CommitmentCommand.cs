using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.Common;
using Kith.Core.Mentoring;

namespace Kith.Cli.Commands.Mentoring;

/// <summary><c>kith commitment add|done|reopen</c>: what my mentors asked of me and what I promised them.</summary>
internal static class CommitmentCommand
{
    private const string Summary = "Note what a mentor asked of you or what you promised; mark it done.";

    private const string Details = """
        Being a good mentee: do what you said, and soon. Open ones with a due date show in
        'kith due'; 'kith mentor show' and 'kith commitments' show your response times.

        Examples:
          kith commitment add 3 "Send Ana my draft talk" --due 2026-03-20
          kith commitment add 3 "Read 'The Manager's Path'" --kind request --asked-on 2026-03-12
          kith commitment done 4
          kith commitments
        """;

    public static Command Create(CommandRunner runner)
    {
        var command = new KithCommand("commitment", Summary, Details);
        command.Subcommands.Add(CreateAdd(runner));
        command.Subcommands.Add(CreateDone(runner, "done", "Mark a request or commitment as done.", done: true));
        command.Subcommands.Add(CreateDone(runner, "reopen", "Mark a done request or commitment as open again.", done: false));
        return command;
    }

    private static KithCommand CreateAdd(CommandRunner runner)
    {
        var id = CliOptions.Id("mentorship-id", "The mentorship's number, as 'kith mentor list' shows it.");
        var description = new Argument<string>("description") { Description = "What was asked or promised." };
        var kind = CliOptions.Text("--kind", "request (your mentor asked you) or commitment (you promised; the default).", "kind");
        var due = CliOptions.Text("--due", "When it is due: YYYY-MM-DD.", "date");
        var askedOn = CliOptions.Text("--asked-on", "The day it was asked or promised: YYYY-MM-DD (default: today).", "date");
        var command = new KithCommand("add", "Note a request from a mentor or a commitment you made.", """
            Examples:
              kith commitment add 3 "Send Ana my draft talk" --due 2026-03-20
              kith commitment add 3 "Read 'The Manager's Path'" --kind request
            """) { id, description, kind, due, askedOn };

        var labels = new FieldLabels { ["Description"] = "<description>", ["DueOn"] = "--due" };
        command.SetAction((parse, ct) => runner.RunAsync(parse, labels, async (scope, ct) =>
        {
            var added = await scope.Get<MentorshipService>().AddCommitmentAsync(parse.GetValue(id),
                new CommitmentInput(parse.GetValue(kind), parse.GetValue(description), parse.GetValue(askedOn), parse.GetValue(due)), ct);
            if (scope.Json)
            {
                scope.Terminal.Json(added);
                return;
            }
            var what = added.Kind == CommitmentKind.Request ? $"request #{added.Id} from" : $"commitment #{added.Id} to";
            var by = added.DueOn is { } d ? $" (due {Formats.DayWithWeekday(d)})" : "";
            scope.Terminal.Line($"Added {what} {added.MentorName}: {added.Description}{by}.");
        }, ct));
        return command;
    }

    private static KithCommand CreateDone(CommandRunner runner, string name, string description, bool done)
    {
        var id = CliOptions.Id("id", "The number 'kith commitments' shows.");
        var on = CliOptions.Text("--on", "The day it was done: YYYY-MM-DD (default: today).", "date");
        var command = new KithCommand(name, description, done ? """
            Examples:
              kith commitment done 4
              kith commitment done 4 --on 2026-03-14
            """ : null) { id };
        if (done) command.Options.Add(on);

        command.SetAction((parse, ct) => runner.RunAsync(parse, new FieldLabels(), async (scope, ct) =>
        {
            var c = await scope.Get<MentorshipService>().SetCommitmentDoneAsync(parse.GetValue(id), done, done ? parse.GetValue(on) : null, ct);
            if (scope.Json)
            {
                scope.Terminal.Json(c);
                return;
            }
            var what = c.Kind == CommitmentKind.Request ? $"Request #{c.Id} from" : $"Commitment #{c.Id} to";
            scope.Terminal.Line($"{what} {c.MentorName} is {(done ? CommitmentTables.State(c) : "open again")}: {c.Description}");
        }, ct));
        return command;
    }
}
