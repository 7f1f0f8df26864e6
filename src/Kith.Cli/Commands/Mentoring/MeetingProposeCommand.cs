using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.Mentoring;

namespace Kith.Cli.Commands.Mentoring;

/// <summary><c>kith meeting propose 3 --time … --time …</c>: one time schedules the meeting, several are offered to choose from.</summary>
internal static class MeetingProposeCommand
{
    public static Command Create(CommandRunner runner)
    {
        var id = CliOptions.Id("mentorship-id", "The mentorship's number, as 'kith mentor list' shows it.");
        var times = CliOptions.List("--time", "A time you can meet: YYYY-MM-DDTHH:MM, your local time.", "when");
        var duration = CliOptions.Number("--duration", "How long, in minutes (default 60).", 10, 480);
        var location = CliOptions.Text("--location", "Where: a place, a phone number or a video link.", "place");
        var prep = CliOptions.Text("--prep", "What you want to ask or tell them; never goes into the invite.");
        var command = new KithCommand("propose", "Offer one or more meeting times to a mentor.", """
            One --time schedules the meeting; several are offered, and 'kith meeting choose' records the one picked.

            Examples:
              kith meeting propose 3 --time 2026-03-24T12:30 --time 2026-03-26T08:00 --time 2026-03-27T17:00
              kith meeting propose 3 --time 2026-03-24T12:30 --duration 45 --location "Café Lisboa"
            """) { id, times, duration, location, prep };

        var labels = new FieldLabels
        {
            ["mentorshipId"] = "<mentorship-id>", ["Times"] = "--time", ["DurationMinutes"] = "--duration", ["PrepNotes"] = "--prep",
        };
        command.SetAction((parse, ct) => runner.RunAsync(parse, labels, async (scope, ct) =>
        {
            var meeting = await scope.Get<MentorshipService>().ProposeMeetingAsync(parse.GetValue(id),
                new MeetingInput(parse.GetValue(times), parse.GetValue(duration), parse.GetValue(location), parse.GetValue(prep)), ct);
            if (scope.Json)
            {
                scope.Terminal.Json(meeting);
                return;
            }
            if (meeting.Status == MeetingStatus.Scheduled)
            {
                MeetingChooseCommand.PrintScheduled(scope.Terminal, meeting);
                return;
            }
            scope.Terminal.Line($"Meeting #{meeting.Id} with {meeting.MentorName}: offer these {meeting.Proposals.Count} times ({meeting.DurationMinutes} min{(meeting.Location is { } l ? $", {l}" : "")}):");
            scope.Terminal.Write(MeetingTables.Proposals(meeting));
            scope.Terminal.Line($"When they pick one: kith meeting choose {meeting.Id} <time #>");
        }, ct));
        return command;
    }
}
