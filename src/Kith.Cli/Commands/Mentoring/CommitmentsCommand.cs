using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.Common;
using Kith.Core.Mentoring;

namespace Kith.Cli.Commands.Mentoring;

/// <summary><c>kith commitments [--status open|done|all] [--mentorship id]</c>: what I owe my mentors, soonest due first.</summary>
internal static class CommitmentsCommand
{
    private const string Summary = "List what your mentors asked of you and what you promised (open ones unless --status).";

    private const string Details = """
        Ends with your response times: how quickly you act, and how often on time.

        Examples:
          kith commitments
          kith commitments --status all --mentorship 3
          kith commitments --json | jq '.items[] | select(.isOverdue)'
        """;

    public static Command Create(CommandRunner runner)
    {
        var status = CliOptions.Text("--status", "open (the default), done or all.", "status");
        var mentorship = CliOptions.Number("--mentorship", "Only those for this mentorship (its number).", 1, int.MaxValue);
        var page = CliOptions.Number("--page", "Which page (default 1).", 1, int.MaxValue);
        var pageSize = CliOptions.Number("--page-size", $"Items per page (default {Paging.DefaultSize}, at most {Paging.MaxSize}).", 1, Paging.MaxSize);
        var command = new KithCommand("commitments", Summary, Details) { status, mentorship, page, pageSize };

        command.SetAction((parse, ct) => runner.RunAsync(parse, new FieldLabels(), async (scope, ct) =>
        {
            var service = scope.Get<MentorshipService>();
            var result = await service.ListCommitmentsAsync(new CommitmentQuery(parse.GetValue(mentorship), parse.GetValue(status),
                parse.GetValue(page), parse.GetValue(pageSize)), ct);
            if (scope.Json)
            {
                scope.Terminal.Json(result);
                return;
            }
            var shown = parse.GetValue(status)?.Trim().ToLowerInvariant() ?? "open";
            if (result.Items.Count == 0)
                scope.Terminal.Line(result.TotalCount > 0 ? "Nothing on this page." : $"No {(shown == "all" ? "" : shown + " ")}requests or commitments.");
            else
            {
                scope.Terminal.Write(CommitmentTables.List(result.Items, withMentor: true));
                scope.Terminal.Line($"page {result.PageNumber} of {result.TotalPages}, {Formats.Count(result.TotalCount, "item", "items")}");
            }
            scope.Terminal.Line($"Your response times: {ResponseTimes.Describe(await service.ResponsesAsync(parse.GetValue(mentorship), ct))}");
        }, ct));
        return command;
    }
}
