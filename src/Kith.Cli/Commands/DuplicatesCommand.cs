using System.CommandLine;
using Kith.Core.People;

namespace Kith.Cli.Commands;

/// <summary><c>kith duplicates</c>: people recorded twice, and why Kith thinks so.</summary>
internal static class DuplicatesCommand
{
    private const string Summary = "List people who look recorded twice (same e-mail, phone, LinkedIn, or similar name), and why.";

    private const string Details = """
        Nothing is changed; merge a pair with 'kith merge <keep> <other>'.

        Examples:
          kith duplicates
          kith merge 12 31
        """;

    public static Command Create(CommandRunner runner)
    {
        var command = new KithCommand("duplicates", Summary, Details);
        command.SetAction((parse, ct) => runner.RunAsync(parse, new FieldLabels(), async (scope, ct) =>
        {
            var groups = await scope.Get<MergeService>().FindDuplicatesAsync(ct);
            if (scope.Json)
            {
                scope.Terminal.Json(groups);
                return;
            }
            if (groups.Count == 0)
            {
                scope.Terminal.Line("No duplicates found.");
                return;
            }
            scope.Terminal.Line($"{Output.Formats.Count(groups.Count, "group", "groups")} of people who look like the same person:");
            foreach (var group in groups)
            {
                scope.Terminal.Line();
                scope.Terminal.Line($"{group.Reason}:");
                foreach (var person in group.People)
                    scope.Terminal.Line($"  #{person.Id}  {person.DisplayName}");
            }
            var first = groups[0].People;
            scope.Terminal.Line();
            scope.Terminal.Line(first.Count >= 2
                ? $"Merge two into one (the first keeps its id): kith merge {first[0].Id} {first[1].Id}"
                : "Merge two into one: kith merge <keep> <other>");
        }, ct));
        return command;
    }
}
