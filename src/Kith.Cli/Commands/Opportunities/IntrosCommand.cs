using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.Common;
using Kith.Core.Opportunities;
using Spectre.Console;

namespace Kith.Cli.Commands.Opportunities;

/// <summary><c>kith intros [--status open|all|…]</c>: introductions, those still to ask first.</summary>
internal static class IntrosCommand
{
    public static Command Create(CommandRunner runner)
    {
        var status = CliOptions.Text("--status", $"open (the default: not yet met), all, or one of: {Vocabulary.Choices<IntroductionStatus>()}.", "status");
        var page = CliOptions.Number("--page", "Which page (default 1).", 1, int.MaxValue);
        var pageSize = CliOptions.Number("--page-size", $"Introductions per page (default {Paging.DefaultSize}, at most {Paging.MaxSize}).", 1, Paging.MaxSize);
        var command = new KithCommand("intros", "List introductions you asked for (open ones unless --status).", """
            Examples:
              kith intros
              kith intros --status all
              kith intros --status to-ask --json
            """) { status, page, pageSize };

        command.SetAction((parse, ct) => runner.RunAsync(parse, new FieldLabels(), async (scope, ct) =>
        {
            var shown = parse.GetValue(status) ?? "open";
            var result = await scope.Get<IntroductionService>().ListAsync(shown, parse.GetValue(page), parse.GetValue(pageSize), ct);
            if (scope.Json)
            {
                scope.Terminal.Json(result);
                return;
            }
            if (result.Items.Count == 0)
            {
                scope.Terminal.Line(result.TotalCount > 0 ? "No introductions on this page."
                    : $"No {(shown.Trim() == "all" ? "" : shown.Trim() + " ")}introductions. Ask for one: kith intro add <connector> --to <person>");
                return;
            }
            var table = Tables.Create("#", "Connector", "To meet", "Status", "Steps", "Why");
            foreach (var i in result.Items)
            {
                table.AddRow(Tables.Dim($"{i.Id}"), Tables.Cell(i.Connector.DisplayName), Tables.Cell(i.Whom), Tables.Cell(Formats.Words(i.Status)),
                    Tables.Cell(Steps(i)), Tables.Cell(i.Reason));
            }
            scope.Terminal.Write(table);
            scope.Terminal.Line($"page {result.PageNumber} of {result.TotalPages}, {Formats.Count(result.TotalCount, "introduction", "introductions")}");
        }, ct));
        return command;
    }

    /// <summary>"asked 2026-03-16, introduced 2026-03-18".</summary>
    private static string Steps(IntroductionView i) => string.Join(", ", new[]
    {
        i.AskedOn is { } a ? $"asked {Formats.Day(a)}" : null,
        i.IntroducedOn is { } n ? $"introduced {Formats.Day(n)}" : null,
        i.MetOn is { } m ? $"met {Formats.Day(m)}" : null,
    }.OfType<string>());
}
