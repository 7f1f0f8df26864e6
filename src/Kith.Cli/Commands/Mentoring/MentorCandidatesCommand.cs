using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.Mentoring;
using Spectre.Console;

namespace Kith.Cli.Commands.Mentoring;

/// <summary><c>kith mentors candidates "public speaking"</c>: people from my network who could mentor me in one area.</summary>
internal static class MentorCandidatesCommand
{
    private const int DefaultLimit = 10;

    public static Command Create(CommandRunner runner)
    {
        var area = new Argument<string>("area") { Description = "The area you want to grow in, e.g. \"public speaking\"." };
        var limit = CliOptions.Number("--limit", $"How many people at most (default {DefaultLimit}, at most 50).", 1, 50);
        var command = new KithCommand("candidates", "People from your network who could mentor you in an area.", """
            People whose expertise or tags match the area, expertise first, then more senior, then
            outside your employer. Your boss and your boss's boss are never listed.

            Examples:
              kith mentors candidates "public speaking"
              kith mentors candidates finance --limit 3 --json
            """) { area, limit };

        command.SetAction((parse, ct) => runner.RunAsync(parse, new FieldLabels(), async (scope, ct) =>
        {
            var name = parse.GetValue(area)?.Trim() ?? "";
            if (name.Length == 0)
                throw new UserError("<area>: name an area, e.g. \"public speaking\".");
            var people = await scope.Get<BoardService>().CandidatesAsync(name, parse.GetValue(limit) ?? DefaultLimit, ct);
            if (scope.Json)
            {
                scope.Terminal.Json(people);
                return;
            }
            if (people.Count == 0)
            {
                scope.Terminal.Line($"No one in your network has {name} as expertise or as a tag.");
                scope.Terminal.Line($"Note whom you are looking for: kith mentor add --seeking \"someone who …\" --area \"{name}\"");
                return;
            }
            scope.Terminal.Line($"Could mentor you in {name}:");
            var table = Tables.Create("#", "Person", "Why", "Department");
            foreach (var p in people)
                table.AddRow(Tables.Dim($"{p.PersonId}"), Tables.Cell(p.Name), Tables.Cell(p.Why), Tables.Cell(p.Department));
            scope.Terminal.Write(table);
            scope.Terminal.Line($"Make one a mentor: kith mentor add {people[0].PersonId} --area \"{name}\"");
        }, ct));
        return command;
    }
}
