using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.Common;
using Kith.Core.Opportunities;
using Spectre.Console;

namespace Kith.Cli.Commands.Opportunities;

/// <summary><c>kith opportunities</c>: the places I meet people, with the next event and what came of them.</summary>
internal static class OpportunitiesCommand
{
    public static Command Create(CommandRunner runner)
    {
        var page = CliOptions.Number("--page", "Which page (default 1).", 1, int.MaxValue);
        var pageSize = CliOptions.Number("--page-size", $"Opportunities per page (default {Paging.DefaultSize}, at most {Paging.MaxSize}).", 1, Paging.MaxSize);
        var command = new KithCommand("opportunities", "List associations, leagues, committees…: next event, events attended, people met.", """
            Examples:
              kith opportunities
              kith opportunities --json
            """) { page, pageSize };

        command.SetAction((parse, ct) => runner.RunAsync(parse, new FieldLabels(), async (scope, ct) =>
        {
            var result = await scope.Get<OpportunityService>().ListAsync(parse.GetValue(page), parse.GetValue(pageSize), ct);
            if (scope.Json)
            {
                scope.Terminal.Json(result);
                return;
            }
            if (result.Items.Count == 0)
            {
                scope.Terminal.Line(result.TotalCount > 0 ? "No opportunities on this page."
                    : "No opportunities yet. Add one: kith opportunity add \"<name>\" --kind association");
                return;
            }
            var table = Tables.Create("#", "Name", "Kind", "Role", "Buddy", "Next event", "Attended", "People met");
            foreach (var o in result.Items)
            {
                table.AddRow(Tables.Dim($"{o.Id}"), Tables.Cell(o.Name), Tables.Cell(Formats.Words(o.Kind)), Tables.Cell(o.Role),
                    Tables.Cell(o.Buddy?.DisplayName), Tables.Cell(o.NextEventAt is { } next ? Formats.Time(next) : ""),
                    Tables.Cell($"{o.EventsAttended}"), Tables.Cell($"{o.PeopleMet}"));
            }
            scope.Terminal.Write(table);
            scope.Terminal.Line($"page {result.PageNumber} of {result.TotalPages}, {Formats.Count(result.TotalCount, "opportunity", "opportunities")}");
        }, ct));
        return command;
    }
}
