using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.Common;
using Kith.Core.Mentoring;

namespace Kith.Cli.Commands.Mentoring;

/// <summary><c>kith mentor status 3 active [--on …] [--note …]</c>: one dated step along the pipeline.</summary>
internal static class MentorStatusCommand
{
    public static Command Create(CommandRunner runner)
    {
        var id = CliOptions.Id("mentorship-id", "The mentorship's number, as 'kith mentor list' shows it.");
        var status = new Argument<string>("status") { Description = $"The new status: {Vocabulary.Choices<MentorshipStatus>()}." };
        var on = CliOptions.Text("--on", "The day it changed: YYYY-MM-DD (default: today).", "date");
        var note = CliOptions.Text("--note", "A few words for the history, e.g. \"She said yes over coffee\".");
        var command = new KithCommand("status", "Move a mentorship along: candidate, asked, active, paused, ended.", """
            The change is dated and kept in the history; ending a mentorship keeps it all.
            Reopening a mentorship with someone who is now your boss or boss's boss is refused.

            Examples:
              kith mentor status 3 asked
              kith mentor status 3 active --on 2026-03-12 --note "Monthly coffee, she reads my drafts"
              kith mentor status 3 ended --note "I moved teams"
            """) { id, status, on, note };

        var labels = new FieldLabels { ["Status"] = "<status>" };
        command.SetAction((parse, ct) => runner.RunAsync(parse, labels, async (scope, ct) =>
        {
            var changed = await scope.Get<MentorshipService>().ChangeStatusAsync(parse.GetValue(id),
                new StatusChangeInput(parse.GetValue(status), parse.GetValue(on), parse.GetValue(note)), ct);
            if (scope.Json)
            {
                scope.Terminal.Json(changed);
                return;
            }
            var m = changed.Summary;
            scope.Terminal.Line($"Mentorship #{m.Id} with {m.Name}: {Formats.Words(m.Status)} since {Formats.Day(m.StatusSince)}.");
            if (m.NextMeetingDueOn is { } next)
                scope.Terminal.Line($"Meet {m.Rhythm}; next meeting due {Formats.Day(next)}. Offer some times: kith meeting propose {m.Id} --time …");
            else if (m.Status == MentorshipStatus.Active)
                scope.Terminal.Line($"Agree how often to meet, then offer some times: kith meeting propose {m.Id} --time …");
        }, ct));
        return command;
    }
}
