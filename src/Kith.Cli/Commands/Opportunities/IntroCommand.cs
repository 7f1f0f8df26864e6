using System.CommandLine;

namespace Kith.Cli.Commands.Opportunities;

/// <summary><c>kith intro add|step</c>: asking a connector for an introduction, through to meeting the person.</summary>
internal static class IntroCommand
{
    private const string Summary = "Ask a connector for an introduction and follow it through: to ask → asked → introduced → met.";

    private const string Details = """
        A colleague who is not shy, or your boss, can introduce you to a person or to people in a
        department. On "met" the person is added (or linked), "introduced by" is recorded as how
        you met, the meeting is logged, and two follow-ups are set: thank the connector, and
        follow up with the person you met.

        Examples:
          kith intro add "Carl Chief" --to "Ana Lima" --reason "She ran the last budget cycle"
          kith intro add bea --people "someone in Treasury"
          kith intro step 1 asked
          kith intro step 1 met --new "Dana Reyes" --on 2026-03-20
          kith intros
        """;

    public static Command Create(CommandRunner runner)
    {
        var command = new KithCommand("intro", Summary, Details);
        command.Subcommands.Add(IntroAddCommand.Create(runner));
        command.Subcommands.Add(IntroStepCommand.Create(runner));
        return command;
    }
}
