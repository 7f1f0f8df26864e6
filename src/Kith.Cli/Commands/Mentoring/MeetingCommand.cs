using System.CommandLine;

namespace Kith.Cli.Commands.Mentoring;

/// <summary><c>kith meeting propose|choose|record|invite|cancel</c>: arranging mentoring meetings flexibly and keeping what I took away.</summary>
internal static class MeetingCommand
{
    private const string Summary = "Offer meeting times to a mentor, record the chosen one, write the invite, record notes after.";

    private const string Details = """
        Offer several times (it makes saying yes easy); when your mentor picks one, choose it and
        send the .ics invite. After the meeting, record what you took away: it is logged on their
        timeline and a thank-you follow-up is added.

        Examples:
          kith meeting propose 3 --time 2026-03-24T12:30 --time 2026-03-26T08:00 --duration 45 --location "Café Lisboa"
          kith meeting choose 5 9
          kith meeting invite 5 -o meeting.ics
          kith meeting record 5 --notes "Practise the opening; ask Bob for a dry run"
        """;

    public static Command Create(CommandRunner runner)
    {
        var command = new KithCommand("meeting", Summary, Details);
        command.Subcommands.Add(MeetingProposeCommand.Create(runner));
        command.Subcommands.Add(MeetingChooseCommand.Create(runner));
        command.Subcommands.Add(MeetingRecordCommand.Create(runner));
        command.Subcommands.Add(MeetingInviteCommand.Create(runner));
        command.Subcommands.Add(MeetingCancelCommand.Create(runner));
        return command;
    }
}
