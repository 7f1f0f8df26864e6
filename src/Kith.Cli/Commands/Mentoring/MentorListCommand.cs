using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.Common;
using Kith.Core.Mentoring;
using Spectre.Console;

namespace Kith.Cli.Commands.Mentoring;

/// <summary><c>kith mentor list [--status current|ended|all|…]</c>: mentorships, active first.</summary>
internal static class MentorListCommand
{
    public static Command Create(CommandRunner runner)
    {
        var status = CliOptions.Text("--status", $"current (the default: all but ended), ended, all, or one of: {Vocabulary.Choices<MentorshipStatus>()}.", "status");
        var page = CliOptions.Number("--page", "Which page (default 1).", 1, int.MaxValue);
        var pageSize = CliOptions.Number("--page-size", $"Mentorships per page (default {Paging.DefaultSize}, at most {Paging.MaxSize}).", 1, Paging.MaxSize);
        var command = new KithCommand("list", "List mentorships, active ones first (current ones unless --status).", """
            Examples:
              kith mentor list
              kith mentor list --status ended
              kith mentor list --status candidate --json
            """) { status, page, pageSize };

        command.SetAction((parse, ct) => runner.RunAsync(parse, new FieldLabels(), async (scope, ct) =>
        {
            var result = await scope.Get<MentorshipService>().ListAsync(
                new MentorshipQuery(parse.GetValue(status), Page: parse.GetValue(page), PageSize: parse.GetValue(pageSize)), ct);
            if (scope.Json)
            {
                scope.Terminal.Json(result);
                return;
            }
            if (result.Items.Count == 0)
            {
                scope.Terminal.Line(result.TotalCount > 0 ? "No mentorships on this page."
                    : parse.GetValue(status) is { } s ? $"No mentorships with status {s}."
                    : "No current mentorships. Find candidates: kith mentors candidates \"<area>\"");
                return;
            }
            var table = Tables.Create("#", "Mentor", "Kind", "Status", "Since", "Areas", "Meet", "Next meeting");
            foreach (var m in result.Items)
            {
                table.AddRow(Tables.Dim($"{m.Id}"), Tables.Cell(m.Name), Tables.Cell(Formats.Words(m.Kind)), Tables.Cell(Formats.Words(m.Status)),
                    Tables.Cell(Formats.Day(m.StatusSince)), Tables.Cell(Formats.List(m.Areas)), Tables.Cell(m.Rhythm),
                    Tables.Cell(MeetingTables.NextDue(m.NextMeetingDueOn, m.IsQuiet)));
            }
            scope.Terminal.Write(table);
            scope.Terminal.Line($"page {result.PageNumber} of {result.TotalPages}, {Formats.Count(result.TotalCount, "mentorship", "mentorships")}");
        }, ct));
        return command;
    }
}
