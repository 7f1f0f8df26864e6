using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.Common;
using Kith.Core.People;
using Spectre.Console;

namespace Kith.Cli.Commands;

/// <summary><c>kith find [text] --role … --overdue</c>: the people list, filtered and paged.</summary>
internal static class FindCommand
{
    private const string Summary = "List people, optionally filtered and paged.";

    private const string Details = """
        Text matches names, organisation, department, job title and e-mail addresses;
        every filter narrows the list further.

        Examples:
          kith find
          kith find ana
          kith find --role mentor --overdue
          kith find --department Finance --level more-senior --inside --page 2
        """;

    public static Command Create(CommandRunner runner)
    {
        var text = new Argument<string[]>("text") { Description = "Words to look for.", Arity = ArgumentArity.ZeroOrMore };
        var role = CliOptions.Text("--role", $"Only this role: {Vocabulary.Choices<PersonRoles>()}.", "role");
        var department = CliOptions.Text("--department", "Only this department (exact name).");
        var level = CliOptions.Text("--level", "Only this level: more-senior, peer or more-junior.", "level");
        var inside = CliOptions.Flag("--inside", "Only people who work for your employer.");
        var outside = CliOptions.Flag("--outside", "Only people who work elsewhere.");
        var tag = CliOptions.Text("--tag", "Only people with this tag.", "tag");
        var overdue = CliOptions.Flag("--overdue", "Only people past the longest you wanted to go without contact.");
        var page = CliOptions.Number("--page", "Which page (default 1).", 1, int.MaxValue);
        var pageSize = CliOptions.Number("--page-size", $"People per page (default {Paging.DefaultSize}, at most {Paging.MaxSize}).", 1, Paging.MaxSize);

        var command = new KithCommand("find", Summary, Details) { text, role, department, level, inside, outside, tag, overdue, page, pageSize };
        CliOptions.OneOf(command, inside, outside);

        var labels = new FieldLabels { ["Search"] = "<text>", ["Employer"] = "--inside/--outside" };
        command.SetAction((parse, ct) => runner.RunAsync(parse, labels, async (scope, ct) =>
        {
            var result = await scope.Get<PeopleService>().ListAsync(new PeopleQuery
            {
                Search = string.Join(' ', parse.GetValue(text) ?? []),
                Role = parse.GetValue(role),
                Department = parse.GetValue(department),
                Level = parse.GetValue(level),
                Employer = parse.GetValue(inside) ? "inside" : parse.GetValue(outside) ? "outside" : null,
                Tag = parse.GetValue(tag),
                Overdue = parse.GetValue(overdue),
                Page = parse.GetValue(page),
                PageSize = parse.GetValue(pageSize),
            }, ct);

            if (scope.Json)
                scope.Terminal.Json(result);
            else
                Print(scope, result, await scope.ZoneAsync(ct));
        }, ct));
        return command;
    }

    private static void Print(CommandScope scope, Page<PersonSummary> page, TimeZoneInfo zone)
    {
        if (page.Items.Count > 0)
        {
            var table = Tables.Create("#", "Name", "Organisation", "Roles", "Last contact", "Next due");
            foreach (var p in page.Items)
            {
                var organisation = string.Join(" · ", new[] { p.Organisation, p.Department, p.JobTitle }.Where(s => !string.IsNullOrWhiteSpace(s)));
                var due = p.IsOverdue ? $"{Formats.Day(p.NextDueOn)} (overdue)" : Formats.Day(p.NextDueOn);
                table.AddRow(Tables.Dim($"{p.Id}"), Tables.Cell(p.DisplayName), Tables.Cell(organisation),
                    Tables.Cell(string.Join(", ", p.Roles.Select(r => r.Label()))),
                    Tables.Cell(Formats.LocalDay(p.LastInteractionAt, zone)), Tables.Cell(due));
            }
            scope.Terminal.Write(table);
        }
        else if (page.TotalCount == 0)
            scope.Terminal.Line("No one matches.");
        else
            scope.Terminal.Line("No one on this page.");
        scope.Terminal.Line($"page {page.PageNumber} of {page.TotalPages}, {Formats.People(page.TotalCount)}");
    }
}
