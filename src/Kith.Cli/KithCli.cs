using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Kith.Cli.Commands;
using Kith.Cli.Commands.Backup;
using Kith.Cli.Commands.Data;
using Kith.Cli.Commands.Feed;
using Kith.Cli.Commands.Health;
using Kith.Cli.Commands.Import;
using Kith.Cli.Commands.Mentoring;
using Kith.Cli.Commands.Networking;
using Kith.Cli.Commands.Opportunities;
using Kith.Cli.Commands.Pitch;
using Kith.Cli.Commands.Plan;
using Kith.Cli.Output;
using Spectre.Console;

namespace Kith.Cli;

/// <summary>The <c>kith</c> command: the same services as the web app, on the same database.</summary>
public static class KithCli
{
    private const string Summary = "Kith: keep in touch with the people you know.";

    private const string Details = """
        The data file is --db, else $KITH_DB, else ~/.local/share/kith/kith.db (the web app's too).
        People are named by id (42 or #42) or by name ("Ana Lima", or "Ana" when there is one Ana).

        Exit codes:
          0  done
          1  unexpected failure, e.g. the database file cannot be opened
          2  invalid input; nothing was changed
          3  a named record (person, follow-up, goal, mentorship, meeting, commitment, slot,
             pitch, introduction, opportunity, event) does not exist; nothing was changed
          130  cancelled (Ctrl+C)

        Start with:
          kith add "Ana Lima" --email ana@example.org --role mentor --every 30d
          kith log ana --kind coffee --summary "Caught up on her new team"
          kith due

        Mentors and goals:
          kith goal add "Lead a team of five" --horizon two-years --area "people management"
          kith mentors
          kith mentor add ana --kind shepherd --area "people management" --every 6w

        A networking rhythm:
          kith plan slot add wednesday 12:00 --kind lunch
          kith plan
          kith pitch set everyday "I look after the data our finance team reports from…"
          kith health

        Bring people in, take everything out:
          kith import Connections.csv --tag linkedin
          kith duplicates
          kith export --format vcard -o people.vcf
          kith backup
          kith migrate-db --to "Host=db;Database=kith;Username=kith;Password=…"
        """;

    /// <summary>Runs <c>kith</c> with <paramref name="args"/> and returns the exit code.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error) =>
        RunAsync(args, output, error, TimeProvider.System, interactive: ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected,
            canAsk: !Console.IsInputRedirected,
            progress: ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected ? ProgressConsole() : null);

    /// <summary>The same, on a given clock: tests pass a fake one, their own standard input, and whether it can answer questions.</summary>
    internal static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TimeProvider clock, bool interactive = false,
        TextReader? input = null, bool canAsk = false, IAnsiConsole? progress = null)
    {
        var terminal = new Terminal(output, error, interactive, input, canAsk, progress);
        var root = Build(new CommandRunner(terminal, clock, new GlobalOptions()));

        var parse = root.Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            foreach (var message in parse.Errors.Select(e => e.Message).Distinct())
                terminal.Fail(message);
            error.WriteLine($"Run '{CommandPath(parse)} --help' for usage.");
            return ExitCodes.InvalidInput;
        }
        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }

    /// <summary>Progress bars draw on standard error, so standard output stays the data or the report.</summary>
    private static IAnsiConsole ProgressConsole() => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Console.Error),
        Interactive = InteractionSupport.Yes,
    });

    private static RootCommand Build(CommandRunner runner)
    {
        var root = new RootCommand(Summary);
        var help = root.Options.OfType<HelpOption>().Single();
        var helpWithDetails = new HelpWithDetails((HelpAction)help.Action!, Details);
        help.Action = helpWithDetails;
        // A bare "kith" is a request for orientation, not a mistake.
        root.SetAction(helpWithDetails.Invoke);
        root.Options.Add(runner.Global.Db);
        root.Options.Add(runner.Global.Json);
        root.Options.Add(runner.Global.Token);
        root.Subcommands.Add(AddCommand.Create(runner));
        root.Subcommands.Add(EditCommand.Create(runner));
        root.Subcommands.Add(LogCommand.Create(runner));
        root.Subcommands.Add(DueCommand.Create(runner));
        root.Subcommands.Add(FindCommand.Create(runner));
        root.Subcommands.Add(ShowCommand.Create(runner));
        root.Subcommands.Add(FollowUpCommand.Create(runner));
        root.Subcommands.Add(CadenceCommand.Create(runner));
        root.Subcommands.Add(SnoozeCommand.Create(runner));
        root.Subcommands.Add(MentorsCommand.Create(runner));
        root.Subcommands.Add(MentorCommand.Create(runner));
        root.Subcommands.Add(GoalsCommand.Create(runner));
        root.Subcommands.Add(GoalCommand.Create(runner));
        root.Subcommands.Add(MeetingCommand.Create(runner));
        root.Subcommands.Add(CommitmentsCommand.Create(runner));
        root.Subcommands.Add(CommitmentCommand.Create(runner));
        root.Subcommands.Add(NetworkCommand.Create(runner));
        root.Subcommands.Add(PlanCommand.Create(runner));
        root.Subcommands.Add(PitchCommand.Create(runner));
        root.Subcommands.Add(IntroCommand.Create(runner));
        root.Subcommands.Add(IntrosCommand.Create(runner));
        root.Subcommands.Add(OpportunityCommand.Create(runner));
        root.Subcommands.Add(OpportunitiesCommand.Create(runner));
        root.Subcommands.Add(EventCommand.Create(runner));
        root.Subcommands.Add(CalendarCommand.Create(runner));
        root.Subcommands.Add(HealthCommand.Create(runner));
        root.Subcommands.Add(ImportCommand.Create(runner));
        root.Subcommands.Add(ExportCommand.Create(runner));
        root.Subcommands.Add(DuplicatesCommand.Create(runner));
        root.Subcommands.Add(MergeCommand.Create(runner));
        root.Subcommands.Add(BackupCommand.Create(runner));
        root.Subcommands.Add(RestoreCommand.Create(runner));
        root.Subcommands.Add(MigrateDbCommand.Create(runner));

        // A bare "kith mentor" (or "kith plan slot") asks which subcommands there are: show them rather than fail.
        foreach (var group in Descendants(root).Where(c => c.Action is null && c.Subcommands.Count > 0))
            group.Action = helpWithDetails;
        return root;
    }

    private static IEnumerable<Command> Descendants(Command command) =>
        command.Subcommands.SelectMany(c => Descendants(c).Prepend(c));

    private static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
            names.Insert(0, result.Command is RootCommand ? "kith" : result.Command.Name);
        return string.Join(' ', names);
    }
}
