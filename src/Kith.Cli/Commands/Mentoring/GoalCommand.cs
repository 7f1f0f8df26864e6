using System.CommandLine;

namespace Kith.Cli.Commands.Mentoring;

/// <summary><c>kith goal add|note|show</c>: goals at one year, two years and longer, and the areas they need.</summary>
internal static class GoalCommand
{
    private const string Summary = "Add a goal with the areas where mentoring would help; note progress; mark it achieved.";

    private const string Details = """
        Write goals at three horizons: one year, two years, longer term. Each names the areas
        where a mentor would help; 'kith mentors' shows which of them have no mentor yet.

        Examples:
          kith goal add "Give a talk at a conference" --horizon one-year --area "public speaking" --target 2026-11-30
          kith goal add "Lead a team of five" --horizon two-years --area "people management" --area finance
          kith goal note 2 "Submitted the talk proposal"
          kith goal show 2
          kith goal status 2 achieved
          kith goals
        """;

    public static Command Create(CommandRunner runner)
    {
        var command = new KithCommand("goal", Summary, Details);
        command.Subcommands.Add(GoalAddCommand.Create(runner));
        command.Subcommands.Add(GoalNoteCommand.Create(runner));
        command.Subcommands.Add(GoalShowCommand.Create(runner));
        command.Subcommands.Add(GoalStatusCommand.Create(runner));
        return command;
    }
}
