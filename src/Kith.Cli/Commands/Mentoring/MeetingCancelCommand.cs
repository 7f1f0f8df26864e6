using System.CommandLine;
using Kith.Core.Mentoring;

namespace Kith.Cli.Commands.Mentoring;

/// <summary><c>kith meeting cancel 5</c>: the meeting will not happen; a new invite then cancels the calendar event.</summary>
internal static class MeetingCancelCommand
{
    public static Command Create(CommandRunner runner)
    {
        var id = CliOptions.Id("meeting-id", "The meeting's number, as 'kith mentor show' lists it.");
        var command = new KithCommand("cancel", "Cancel a meeting that will not happen.", """
            Send the invite again afterwards ('kith meeting invite') to take it out of calendars.

            Examples:
              kith meeting cancel 5
            """) { id };

        var labels = new FieldLabels { ["meetingId"] = "<meeting-id>" };
        command.SetAction((parse, ct) => runner.RunAsync(parse, labels, async (scope, ct) =>
        {
            var meeting = await scope.Get<MentorshipService>().CancelMeetingAsync(parse.GetValue(id), ct);
            if (scope.Json)
                scope.Terminal.Json(meeting);
            else
                scope.Terminal.Line($"Meeting #{meeting.Id} with {meeting.MentorName} is cancelled." +
                    (meeting.StartsAt is not null ? $" Send the cancellation: kith meeting invite {meeting.Id} -o meeting-{meeting.Id}.ics" : ""));
        }, ct));
        return command;
    }
}
