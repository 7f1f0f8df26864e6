using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.Common;
using Kith.Core.Networking;
using Spectre.Console;

namespace Kith.Cli.Commands.Networking;

/// <summary><c>kith network [commit|done|pick]</c>: ways to meet people, the ones I picked, and the dated steps I committed to.</summary>
internal static class NetworkCommand
{
    private const string Summary = "Ways to meet people: pick those that appeal, commit to one step with a date.";

    private const string Details = """
        Without a subcommand, lists the ways (✓ marks the ones you picked) and your open steps.
        A step shows in 'kith due' from its date until you mark it done.

        Examples:
          kith network
          kith network pick weekly-lunch outgoing-buddy
          kith network commit weekly-lunch --on 2026-03-20 --what "Lunch with Bea from Finance"
          kith network done 2
        """;

    public static Command Create(CommandRunner runner)
    {
        var command = new KithCommand("network", Summary, Details);
        command.Subcommands.Add(NetworkCommitCommand.Create(runner));
        command.Subcommands.Add(CreateDone(runner, "done", "Mark a networking step as done.", done: true));
        command.Subcommands.Add(CreateDone(runner, "reopen", "Mark a done networking step as open again.", done: false));
        command.Subcommands.Add(NetworkPickCommand.Create(runner));
        command.SetAction((parse, ct) => runner.RunAsync(parse, new FieldLabels(), async (scope, ct) =>
        {
            var choices = await scope.Get<NetworkingService>().GetAsync(ct);
            if (scope.Json)
                scope.Terminal.Json(choices);
            else
                Print(scope.Terminal, choices);
        }, ct));
        return command;
    }

    internal static void Print(Terminal terminal, NetworkingChoicesView choices)
    {
        var ways = Tables.Create("Picked", "Way", "What it is", "A first step");
        foreach (var w in choices.Ways)
            ways.AddRow(Tables.Cell(w.Picked ? "✓" : ""), Tables.Cell(Vocabulary.Token(w.Way)), Tables.Cell(w.Title), Tables.Cell(w.FirstStep));
        terminal.Write(ways);
        terminal.Line();
        if (choices.Commitments.Count == 0)
        {
            terminal.Line("No open networking steps. Commit to one, with a date: kith network commit <way> --on YYYY-MM-DD");
            return;
        }
        terminal.Line($"Open steps ({choices.Commitments.Count}):");
        var steps = Tables.Create("#", "Way", "Step", "Due", "Status");
        foreach (var c in choices.Commitments)
        {
            steps.AddRow(Tables.Dim($"{c.Id}"), Tables.Cell(Vocabulary.Token(c.Way)), Tables.Cell(c.Description), Tables.Cell(Formats.Day(c.DueOn)),
                c.IsOverdue ? Tables.Cell("overdue", Tables.Warning) : Tables.Cell("open"));
        }
        terminal.Write(steps);
    }

    private static KithCommand CreateDone(CommandRunner runner, string name, string description, bool done)
    {
        var id = CliOptions.Id("id", "The step's number, as 'kith network' shows it.");
        var command = new KithCommand(name, description) { id };
        command.SetAction((parse, ct) => runner.RunAsync(parse, new FieldLabels(), async (scope, ct) =>
        {
            var step = await scope.Get<NetworkingService>().SetDoneAsync(parse.GetValue(id), done, ct);
            if (scope.Json)
                scope.Terminal.Json(step);
            else
                scope.Terminal.Line($"Networking step #{step.Id} is {(done ? "done" : "open again")}: {step.Description} ({step.WayTitle.ToLowerInvariant()})");
        }, ct));
        return command;
    }
}
