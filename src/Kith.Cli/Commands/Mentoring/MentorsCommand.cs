using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.Mentoring;
using Kith.Core.People;
using Spectre.Console;

namespace Kith.Cli.Commands.Mentoring;

/// <summary><c>kith mentors</c>: the board — my goals' areas against my mentors, the gaps, who could fill them, and what the board lacks.</summary>
internal static class MentorsCommand
{
    private const string Summary = "Your board of mentors: your goals' areas, who covers each, the gaps and who could fill them.";

    private const string Details = """
        Each area your active goals (or your mentors) name is a row. An area with no active
        mentor is a gap, with people from your network whose expertise or tags match it; your
        boss and your boss's boss are never suggested. Warnings say what the board as a whole
        lacks: only one mentor, all in your department, none outside your employer, a mentor
        gone quiet, a mentor who has become your boss.

        Examples:
          kith mentors
          kith mentors candidates "public speaking"
          kith mentors --json | jq '.areas[] | select(.isGap) | .name'
        """;

    public static Command Create(CommandRunner runner)
    {
        var command = new KithCommand("mentors", Summary, Details);
        command.Subcommands.Add(MentorCandidatesCommand.Create(runner));
        command.SetAction((parse, ct) => runner.RunAsync(parse, new FieldLabels(), async (scope, ct) =>
        {
            var board = await scope.Get<BoardService>().GetAsync(ct);
            if (scope.Json)
                scope.Terminal.Json(board);
            else
                Print(scope.Terminal, board);
        }, ct));
        return command;
    }

    private static void Print(Terminal terminal, BoardView board)
    {
        terminal.Line($"Your board: {Formats.Count(board.ActiveMentors, "active mentor", "active mentors")}, " +
            $"{Formats.Count(board.Areas.Count, "area", "areas")}, {Formats.Count(board.Gaps, "gap", "gaps")}.");
        if (board.Areas.Count > 0)
        {
            terminal.Line();
            var table = Tables.Create("Area", "Goals", "Mentors", "Could fill the gap");
            foreach (var area in board.Areas)
            {
                var goals = string.Join("\n", area.Goals.Select(g => $"{g.Title} ({Formats.Words(g.Horizon)})"));
                var mentors = area.Mentors.Select(m => m.Status == MentorshipStatus.Active ? m.Name : $"{m.Name} ({Formats.Words(m.Status)})").ToList();
                var suggestions = string.Join("\n", area.Suggestions.Select(s => $"{s.Name} (#{s.PersonId}): {s.Why}"));
                table.AddRow(Tables.Cell(area.Name), Tables.Cell(goals),
                    area.IsGap ? Tables.Cell(string.Join("\n", mentors.Prepend("gap")), Tables.Warning) : Tables.Cell(string.Join("\n", mentors)),
                    Tables.Cell(area.IsGap && suggestions.Length == 0 ? "no one in your network yet" : suggestions));
            }
            terminal.Write(table);
        }

        if (board.Mentors.Count > 0)
        {
            terminal.Line();
            terminal.Line("Mentors:");
            var table = Tables.Create("#", "Mentor", "Kind", "Status", "Areas", "Where", "Next meeting");
            foreach (var m in board.Mentors)
            {
                var where = string.Join(" · ", new[] { m.Department, m.Employer == EmployerRelation.Unknown ? null : m.Employer.Label() }
                    .Where(s => !string.IsNullOrWhiteSpace(s)));
                table.AddRow(Tables.Dim($"{m.MentorshipId}"), Tables.Cell(m.Name), Tables.Cell(Formats.Words(m.Kind)), Tables.Cell(Formats.Words(m.Status)),
                    Tables.Cell(Formats.List(m.Areas)), Tables.Cell(where), Tables.Cell(MeetingTables.NextDue(m.NextMeetingDueOn, m.IsQuiet)));
            }
            terminal.Write(table);
        }

        if (board.Warnings.Count > 0)
        {
            terminal.Line();
            foreach (var warning in board.Warnings)
                terminal.Line($"! {warning.Message}");
        }
        if (board.Areas.Count == 0)
        {
            terminal.Line();
            terminal.Line("Start with a goal and the areas it needs:");
            terminal.Line("  kith goal add \"Lead a team of five\" --horizon two-years --area \"people management\" --area finance");
        }
    }
}
