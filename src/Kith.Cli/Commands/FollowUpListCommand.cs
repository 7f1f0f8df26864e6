using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.KeepInTouch;
using Spectre.Console;

namespace Kith.Cli.Commands;

/// <summary><c>kith follow-up list [--all|--done] [--person …]</c>: promises, soonest due first.</summary>
internal static class FollowUpListCommand
{
    public static Command Create(CommandRunner runner)
    {
        var all = CliOptions.Flag("--all", "Open and done follow-ups.");
        var done = CliOptions.Flag("--done", "Only done follow-ups.");
        var person = CliOptions.Text("--person", "Only follow-ups with this person: an id or a name.", "person");
        var page = CliOptions.Number("--page", "Which page (default 1).", 1, int.MaxValue);
        var pageSize = CliOptions.Number("--page-size", "Follow-ups per page (default 25, at most 200).", 1, 200);

        var command = new Command("list", "List follow-ups, soonest due first (open ones unless --all or --done).") { all, done, person, page, pageSize };
        CliOptions.OneOf(command, all, done);
        command.SetAction((parse, ct) => runner.RunAsync(parse, new FieldLabels(), async (scope, ct) =>
        {
            int? personId = parse.GetValue(person) is { } text ? (await scope.PersonAsync(text, "--person", ct)).Id : null;
            var status = parse.GetValue(all) ? "all" : parse.GetValue(done) ? "done" : "open";
            var result = await scope.Get<KeepInTouchService>().ListFollowUpsAsync(new FollowUpQuery
            {
                PersonId = personId,
                Status = status,
                Page = parse.GetValue(page),
                PageSize = parse.GetValue(pageSize),
            }, ct);
            if (scope.Json)
            {
                scope.Terminal.Json(result);
                return;
            }

            if (result.Items.Count == 0)
            {
                scope.Terminal.Line(result.TotalCount == 0 ? $"No {(status == "all" ? "" : status + " ")}follow-ups." : "No follow-ups on this page.");
                return;
            }
            var zone = await scope.ZoneAsync(ct);
            var table = Tables.Create("#", "Person", "What", "Due", "Status");
            foreach (var f in result.Items)
            {
                var state = f.DoneAt is { } at ? $"done {Formats.LocalDay(at, zone)}" : f.IsOverdue ? "overdue" : "open";
                table.AddRow(Tables.Dim($"{f.Id}"), Tables.Cell(f.PersonName), Tables.Cell(f.Description), Tables.Cell(Formats.Day(f.DueOn)), Tables.Cell(state));
            }
            scope.Terminal.Write(table);
            scope.Terminal.Line($"page {result.PageNumber} of {result.TotalPages}, {Formats.Count(result.TotalCount, "follow-up", "follow-ups")}");
        }, ct));
        return command;
    }
}
