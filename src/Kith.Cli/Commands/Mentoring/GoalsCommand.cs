using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.Common;
using Kith.Core.Mentoring;
using Spectre.Console;

namespace Kith.Cli.Commands.Mentoring;

/// <summary><c>kith goals [--status …] [--horizon …]</c>: my goals, one year first, then by target date.</summary>
internal static class GoalsCommand
{
    private const string Summary = "List your goals, one-year ones first (active ones unless --status).";

    private const string Details = """
        Examples:
          kith goals
          kith goals --horizon two-years
          kith goals --status all --json
        """;

    public static Command Create(CommandRunner runner)
    {
        var status = CliOptions.Text("--status", "active (the default), achieved, dropped or all.", "status");
        var horizon = CliOptions.Text("--horizon", $"Only this horizon: {Vocabulary.Choices<GoalHorizon>()}.", "horizon");
        var page = CliOptions.Number("--page", "Which page (default 1).", 1, int.MaxValue);
        var pageSize = CliOptions.Number("--page-size", $"Goals per page (default {Paging.DefaultSize}, at most {Paging.MaxSize}).", 1, Paging.MaxSize);
        var command = new KithCommand("goals", Summary, Details) { status, horizon, page, pageSize };

        command.SetAction((parse, ct) => runner.RunAsync(parse, new FieldLabels(), async (scope, ct) =>
        {
            var chosen = parse.GetValue(status) ?? "active";
            var result = await scope.Get<GoalService>().ListAsync(
                new GoalQuery(chosen, parse.GetValue(horizon), parse.GetValue(page), parse.GetValue(pageSize)), ct);
            if (scope.Json)
            {
                scope.Terminal.Json(result);
                return;
            }
            if (result.Items.Count == 0)
            {
                var all = chosen.Trim().Equals("all", StringComparison.OrdinalIgnoreCase);
                scope.Terminal.Line(result.TotalCount > 0 ? "No goals on this page."
                    : parse.GetValue(status) is null || all ? $"No {(all ? "" : "active ")}goals. Add one: kith goal add \"…\" --horizon one-year --area …"
                    : $"No {chosen.Trim().ToLowerInvariant()} goals.");
                return;
            }
            var table = Tables.Create("#", "Goal", "Horizon", "Target", "Areas", "Status", "Notes");
            foreach (var g in result.Items)
            {
                table.AddRow(Tables.Dim($"{g.Id}"), Tables.Cell(g.Title), Tables.Cell(Formats.Words(g.Horizon)), Tables.Cell(Formats.Day(g.TargetOn)),
                    Tables.Cell(Formats.List(g.Areas)), Tables.Cell(Formats.Words(g.Status)), Tables.Cell(g.NoteCount == 0 ? "" : $"{g.NoteCount}"));
            }
            scope.Terminal.Write(table);
            scope.Terminal.Line($"page {result.PageNumber} of {result.TotalPages}, {Formats.Count(result.TotalCount, "goal", "goals")}");
        }, ct));
        return command;
    }
}
