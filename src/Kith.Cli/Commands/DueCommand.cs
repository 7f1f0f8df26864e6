using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.Agenda;
using Spectre.Console;

namespace Kith.Cli.Commands;

/// <summary><c>kith due [--week]</c>: whom to reach out to next, and why, most pressing first.</summary>
internal static class DueCommand
{
    private const string Summary = "Whom to reach out to next, and why, most pressing first.";

    private const string Details = """
        Cadences that have come due, follow-ups you promised, mentors to ask or meet, what
        you owe your mentors and networking steps. People you were in touch with in the last
        3 days are left out.

        Examples:
          kith due
          kith due --week
          kith due --json | jq '.items[].personName'
        """;

    public static Command Create(CommandRunner runner)
    {
        var week = CliOptions.Flag("--week", "Include what comes due by the end of this week (Sunday).");
        var command = new KithCommand("due", Summary, Details) { week };

        command.SetAction((parse, ct) => runner.RunAsync(parse, new FieldLabels(), async (scope, ct) =>
        {
            var agenda = await scope.Get<AgendaService>().GetAsync(parse.GetValue(week) ? AgendaWindow.Week : AgendaWindow.Today, ct);
            if (scope.Json)
            {
                scope.Terminal.Json(agenda);
                return;
            }

            var window = agenda.Window == AgendaWindow.Week ? $"by {Formats.DayWithWeekday(agenda.Until)}" : $"today, {Formats.DayWithWeekday(agenda.Today)}";
            if (agenda.Items.Count == 0)
            {
                scope.Terminal.Line($"Nothing is due {window}.");
                return;
            }
            scope.Terminal.Line($"Due {window}:");
            var table = Tables.Create("#", "Person", "Why", "Urgency", "Due");
            foreach (var item in agenda.Items)
            {
                var why = RecordOf(item) is { } record ? $"{item.Reason} ({record})" : item.Reason;
                table.AddRow(Tables.Dim(item.PersonId is { } pid ? $"{pid}" : ""), Tables.Cell(item.PersonName), Tables.Cell(why),
                    Tables.Urgency(item.Urgency), Tables.Cell(Formats.Day(item.DueOn)));
            }
            scope.Terminal.Write(table);
        }, ct));
        return command;
    }

    /// <summary>The record an item is about, numbered as the command that acts on it expects.</summary>
    private static string? RecordOf(AgendaItem item) => item.Kind switch
    {
        AgendaItemKind.FollowUp => $"follow-up #{item.FollowUpId}",
        AgendaItemKind.MentorAsk or AgendaItemKind.MentorMeetingDue => $"mentorship #{item.MentorshipId}",
        AgendaItemKind.MentorMeeting => $"meeting #{item.MeetingId}",
        AgendaItemKind.MentorCommitment => $"commitment #{item.CommitmentId}",
        AgendaItemKind.NetworkingStep => $"network step #{item.CommitmentId}",
        _ => null,
    };
}
