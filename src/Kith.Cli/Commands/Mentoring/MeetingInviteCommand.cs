using System.CommandLine;
using Kith.Core.Mentoring;

namespace Kith.Cli.Commands.Mentoring;

/// <summary><c>kith meeting invite 5 [-o file.ics]</c>: the RFC 5545 invitation, for the mentor or my own calendar.</summary>
internal static class MeetingInviteCommand
{
    /// <summary>The <c>--json</c> shape: where the invite went (null for standard output) and its text.</summary>
    internal sealed record Invite(int MeetingId, string? File, string Calendar);

    public static Command Create(CommandRunner runner)
    {
        var id = CliOptions.Id("meeting-id", "The meeting's number, as 'kith mentor show' lists it.");
        var output = new Option<string?>("--output", "-o") { Description = "Write the invite to this file instead of standard output.", HelpName = "file" };
        var command = new KithCommand("invite", "Write the calendar invite (.ics) for a scheduled meeting.", """
            With both your e-mail and your mentor's on record it is an invitation they can accept;
            otherwise it is an event for your own calendar. Your preparation notes are never in it.

            Examples:
              kith meeting invite 5 -o meeting.ics
              kith meeting invite 5 > meeting.ics
            """) { id, output };

        var labels = new FieldLabels { ["meetingId"] = "<meeting-id>" };
        command.SetAction((parse, ct) => runner.RunAsync(parse, labels, async (scope, ct) =>
        {
            var meetingId = parse.GetValue(id);
            var calendar = await scope.Get<MentorshipService>().MeetingInviteAsync(meetingId, ct);
            var file = parse.GetValue(output);
            if (file is not null)
                await WriteAsync(file, calendar, ct);

            if (scope.Json)
                scope.Terminal.Json(new Invite(meetingId, file is null ? null : Path.GetFullPath(file), calendar));
            else if (file is null)
                scope.Terminal.Out.Write(calendar);
            else
                scope.Terminal.Line($"Wrote the invite for meeting #{meetingId} to {file}.");
        }, ct));
        return command;
    }

    /// <summary>A file that cannot be written is the user's path, not the database: say which.</summary>
    private static async Task WriteAsync(string file, string calendar, CancellationToken ct)
    {
        try
        {
            await File.WriteAllTextAsync(file, calendar, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UserError($"--output: cannot write {file}: {e.Message}");
        }
    }
}
