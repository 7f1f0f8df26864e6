using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.Common;
using Kith.Core.KeepInTouch;
using Kith.Core.Mentoring;

namespace Kith.Cli.Commands.Mentoring;

/// <summary><c>kith meeting record 5 --notes "…"</c>: what I took away; logs the meeting and adds the thank-you follow-up.</summary>
internal static class MeetingRecordCommand
{
    /// <summary>The <c>--json</c> shape: the meeting and the thank-you follow-up it created.</summary>
    internal sealed record RecordedMeeting(MeetingView Meeting, FollowUpView? ThankYou);

    public static Command Create(CommandRunner runner)
    {
        var id = CliOptions.Id("meeting-id", "The meeting's number, as 'kith mentor show' lists it.");
        var notes = CliOptions.Text("--notes", "What you took away: advice, decisions, what you will do next.");
        var heldOn = CliOptions.Text("--held-on", "The day it was held: YYYY-MM-DD (default: the day it was scheduled, or today).", "date");
        var prep = CliOptions.Text("--prep", "Your preparation notes, if you want to keep them with the meeting.");
        var command = new KithCommand("record", "Record a meeting as held, with what you took away.", """
            The meeting is logged on your mentor's timeline (restarting your keep-in-touch cadence
            with them), and a follow-up is added: thank them, and tell them what you did with their advice.

            Examples:
              kith meeting record 5 --notes "Practise the opening; ask Bob for a dry run"
              kith meeting record 5 --notes "…" --held-on 2026-03-24
            """) { id, notes, heldOn, prep };

        var labels = new FieldLabels { ["meetingId"] = "<meeting-id>", ["PrepNotes"] = "--prep" };
        command.SetAction((parse, ct) => runner.RunAsync(parse, labels, async (scope, ct) =>
        {
            var meeting = await scope.Get<MentorshipService>().RecordMeetingAsync(parse.GetValue(id),
                new MeetingRecordInput(parse.GetValue(notes), parse.GetValue(heldOn), parse.GetValue(prep)), ct);
            var thankYou = await ThankYouAsync(scope, meeting, ct);
            if (scope.Json)
            {
                scope.Terminal.Json(new RecordedMeeting(meeting, thankYou));
                return;
            }
            scope.Terminal.Line($"Recorded meeting #{meeting.Id} with {meeting.MentorName} on {Formats.Day(meeting.HeldOn)}; it is on their timeline (interaction #{meeting.InteractionId}).");
            if (thankYou is not null)
                scope.Terminal.Line($"Added follow-up #{thankYou.Id}: {thankYou.Description} (due {Formats.DayWithWeekday(thankYou.DueOn)}).");
        }, ct));
        return command;
    }

    /// <summary>
    /// The follow-up the service just created for the mentor: their newest one. The service does not
    /// return it, and one command runs at a time against the user's own database.
    /// </summary>
    private static async Task<FollowUpView?> ThankYouAsync(CommandScope scope, MeetingView meeting, CancellationToken ct)
    {
        if (meeting.PersonId is not { } personId) return null;
        var open = await scope.Get<KeepInTouchService>().ListFollowUpsAsync(
            new FollowUpQuery { PersonId = personId, Status = "open", PageSize = Paging.MaxSize }, ct);
        return open.Items.MaxBy(f => f.Id);
    }
}
