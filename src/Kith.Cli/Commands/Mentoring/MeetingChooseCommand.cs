using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.Mentoring;

namespace Kith.Cli.Commands.Mentoring;

/// <summary><c>kith meeting choose 5 9</c>: the mentor picked one of the offered times.</summary>
internal static class MeetingChooseCommand
{
    public static Command Create(CommandRunner runner)
    {
        var id = CliOptions.Id("meeting-id", "The meeting's number, as 'kith meeting propose' or 'kith mentor show' prints it.");
        var proposal = CliOptions.Id("time-id", "The number of the time they picked, as 'kith meeting propose' listed it.");
        var command = new KithCommand("choose", "Record which of the offered times your mentor picked.", """
            Choosing again moves the meeting; the next invite updates the same calendar event.

            Examples:
              kith meeting choose 5 9
            """) { id, proposal };

        var labels = new FieldLabels { ["proposalId"] = "<time-id>" };
        command.SetAction((parse, ct) => runner.RunAsync(parse, labels, async (scope, ct) =>
        {
            var meeting = await scope.Get<MentorshipService>().ChooseTimeAsync(parse.GetValue(id), parse.GetValue(proposal), ct);
            if (scope.Json)
                scope.Terminal.Json(meeting);
            else
                PrintScheduled(scope.Terminal, meeting);
        }, ct));
        return command;
    }

    public static void PrintScheduled(Terminal terminal, MeetingView meeting)
    {
        var where = meeting.Location is { } l ? $" at {l}" : "";
        terminal.Line($"Meeting #{meeting.Id} with {meeting.MentorName} is scheduled for {MeetingTables.When(meeting)}{where}.");
        terminal.Line($"Send the invite: kith meeting invite {meeting.Id} -o meeting-{meeting.Id}.ics");
    }
}
