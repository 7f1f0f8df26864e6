using System.CommandLine;

namespace Kith.Cli.Commands.Opportunities;

/// <summary><c>kith opportunity add|event|show</c>: associations, leagues, committees… and their events.</summary>
internal static class OpportunityCommand
{
    private const string Summary = "Add a place to meet people (an association, a league, a committee…), its events, and show one.";

    private const string Details = """
        Professional associations, mixers, sports leagues, committees, union or representative
        roles, volunteering: your membership and role, upcoming events, and a buddy, a more
        outgoing colleague who comes along. After an event, note whom you met with 'kith event met';
        they are linked to the event, the meeting is logged and a follow-up is set.

        Examples:
          kith opportunity add "PMI chapter" --kind association --role member --buddy "Bea Costa"
          kith opportunity event 1 "Spring mixer" --at 2026-04-02T18:30 --location "Hotel Lisboa"
          kith event met 3 --new "Dana Reyes" --org Globex
          kith opportunity show 1
          kith opportunities
        """;

    public static Command Create(CommandRunner runner)
    {
        var command = new KithCommand("opportunity", Summary, Details);
        command.Subcommands.Add(OpportunityAddCommand.Create(runner));
        command.Subcommands.Add(OpportunityEventCommand.Create(runner));
        command.Subcommands.Add(OpportunityShowCommand.Create(runner));
        return command;
    }
}
