using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.Interactions;
using Kith.Core.KeepInTouch;
using Kith.Core.People;
using Spectre.Console;

namespace Kith.Cli.Commands;

/// <summary><c>kith merge 12 31</c>: two records of one person become one, losing nothing of either.</summary>
internal static class MergeCommand
{
    private const string Summary = "Merge two records of the same person into one, keeping everything of both.";

    private const string Details = """
        <keep> stays (with its id); everything of <other> (interactions, follow-ups, mentorships,
        tags, e-mails, phones, addresses, events, introductions) moves to it, the fields <keep>
        lacks are filled from <other>, and <other> is deleted. Both are shown first, then
        "Merge? [y/N]"; --yes merges without asking (needed in scripts).

        Examples:
          kith duplicates
          kith merge 12 31
          kith merge "Ana Lima" 31 --yes
        """;

    public static Command Create(CommandRunner runner)
    {
        var keep = new Argument<string>("keep") { Description = "The person who stays: an id or a name." };
        var other = new Argument<string>("other") { Description = "The person merged into them and then deleted: an id or a name." };
        var yes = new Option<bool>("--yes", "-y") { Description = "Merge without asking." };
        var command = new KithCommand("merge", Summary, Details) { keep, other, yes };
        var labels = new FieldLabels { ["KeepId"] = "<keep>", ["OtherId"] = "<other>" };

        command.SetAction((parse, ct) => runner.RunAsync(parse, labels, async (scope, ct) =>
        {
            var kept = await scope.PersonAsync(parse.GetValue(keep), "<keep>", ct);
            var merged = await scope.PersonAsync(parse.GetValue(other), "<other>", ct);
            if (kept.Id == merged.Id)
                throw new UserError($"<other>: '{parse.GetValue(other)}' is {kept.DisplayName} (#{kept.Id}) again; name two different people.");

            if (!scope.Json)
            {
                scope.Terminal.Write(await SideBySideAsync(scope, kept, merged, ct));
                scope.Terminal.Line($"{merged.DisplayName} (#{merged.Id}) will be merged into {kept.DisplayName} (#{kept.Id}) and then deleted.");
            }
            if (!await Confirmation.ConfirmAsync(scope.Terminal, parse.GetValue(yes), "Merge?", "nothing was merged", ct))
            {
                scope.Terminal.Line("Nothing was merged.");
                return;
            }

            var person = await scope.Get<MergeService>().MergeAsync(kept.Id, merged.Id, ct);
            if (scope.Json)
            {
                scope.Terminal.Json(person);
                return;
            }
            var interactions = await CountInteractionsAsync(scope, person.Id, ct);
            scope.Terminal.Line($"Merged {merged.DisplayName} (#{merged.Id}) into {person.DisplayName} (#{person.Id}); " +
                $"#{merged.Id} is gone. {person.DisplayName} now has {Formats.Count(interactions, "interaction", "interactions")}.");
            scope.Terminal.Line($"See it all: kith show {person.Id}");
        }, ct));
        return command;
    }

    private static async Task<Table> SideBySideAsync(CommandScope scope, PersonRef keep, PersonRef other, CancellationToken ct)
    {
        var people = scope.Get<PeopleService>();
        var a = await people.GetAsync(keep.Id, ct);
        var b = await people.GetAsync(other.Id, ct);
        var table = Tables.Create("", $"Keep #{a.Id}", $"Merge in #{b.Id}");
        void Row(string label, Func<PersonDetail, string?> value) =>
            table.AddRow(Tables.Dim(label), Tables.Cell(value(a)), Tables.Cell(value(b)));

        Row("Name", p => p.DisplayName);
        Row("Organisation", p => string.Join(" · ", new[] { p.Organisation, p.Department, p.JobTitle }.Where(s => !string.IsNullOrWhiteSpace(s))));
        Row("E-mail", p => string.Join(", ", p.Emails));
        Row("Phone", p => string.Join(", ", p.Phones));
        Row("Roles", p => string.Join(", ", p.Roles.Select(r => r.Label())));
        Row("Tags", p => string.Join(", ", p.Tags));
        Row("Met", p => Formats.Day(p.MetOn));
        Row("LinkedIn", p => p.LinkedInUrl);
        table.AddRow(Tables.Dim("Interactions"), Tables.Cell($"{await CountInteractionsAsync(scope, a.Id, ct)}"), Tables.Cell($"{await CountInteractionsAsync(scope, b.Id, ct)}"));
        table.AddRow(Tables.Dim("Open follow-ups"), Tables.Cell($"{await CountFollowUpsAsync(scope, a.Id, ct)}"), Tables.Cell($"{await CountFollowUpsAsync(scope, b.Id, ct)}"));
        return table;
    }

    private static async Task<int> CountInteractionsAsync(CommandScope scope, int personId, CancellationToken ct) =>
        (await scope.Get<InteractionService>().ListAsync(new InteractionQuery { PersonId = personId, PageSize = 1 }, ct)).TotalCount;

    private static async Task<int> CountFollowUpsAsync(CommandScope scope, int personId, CancellationToken ct) =>
        (await scope.Get<KeepInTouchService>().ListFollowUpsAsync(new FollowUpQuery { PersonId = personId, Status = "open", PageSize = 1 }, ct)).TotalCount;
}
