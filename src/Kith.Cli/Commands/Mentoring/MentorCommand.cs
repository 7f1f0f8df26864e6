using System.CommandLine;

namespace Kith.Cli.Commands.Mentoring;

/// <summary><c>kith mentor add|status|show|list</c>: one mentorship at a time, from candidate to ended.</summary>
internal static class MentorCommand
{
    private const string Summary = "Add a mentor, move a mentorship along, show or list mentorships.";

    private const string Details = """
        A mentorship moves along candidate → asked → active → paused → ended; every step is dated,
        and an ended one keeps its history. Your boss and your boss's boss cannot be your mentors.
        'kith mentors' shows the whole board.

        Examples:
          kith mentor add "Ana Lima" --kind shepherd --area "public speaking" --every 6w
          kith mentor add --seeking "someone who has run a P&L" --area finance --ask-on 2026-04-01
          kith mentor status 3 active --note "She said yes over coffee"
          kith mentor show 3
          kith mentor list --status all
        """;

    public static Command Create(CommandRunner runner)
    {
        var command = new KithCommand("mentor", Summary, Details);
        command.Subcommands.Add(MentorAddCommand.Create(runner));
        command.Subcommands.Add(MentorStatusCommand.Create(runner));
        command.Subcommands.Add(MentorShowCommand.Create(runner));
        command.Subcommands.Add(MentorListCommand.Create(runner));
        return command;
    }
}
