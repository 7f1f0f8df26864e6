using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.Common;
using Kith.Core.Opportunities;

namespace Kith.Cli.Commands.Opportunities;

/// <summary><c>kith opportunity add "PMI chapter" --kind association --role member --buddy bea</c>.</summary>
internal static class OpportunityAddCommand
{
    public static Command Create(CommandRunner runner)
    {
        var name = new Argument<string>("name") { Description = "Its name, e.g. \"PMI chapter\" or \"Thursday five-a-side\"." };
        var kind = CliOptions.Text("--kind", $"What it is: {Vocabulary.Choices<OpportunityKind>()} (default: association).", "kind");
        var role = CliOptions.Text("--role", "Your role: member, treasurer, shop steward…", "role");
        var buddy = CliOptions.Text("--buddy", "A more outgoing colleague who comes along: an id or a name.", "person");
        var since = CliOptions.Text("--since", "Member since: YYYY-MM-DD.", "date");
        var website = CliOptions.Text("--website", "Its web site, starting with http:// or https://.", "url");
        var notes = CliOptions.Text("--notes", "Anything else: dues, who runs it, how to join.");
        var command = new KithCommand("add", "Add an association, league, committee or other place to meet people.", """
            Examples:
              kith opportunity add "PMI chapter" --kind association --role member --buddy "Bea Costa"
              kith opportunity add "Thursday five-a-side" --kind sports-league
              kith opportunity add "Works council" --kind union-role --role representative --since 2025-09-01
            """) { name, kind, role, buddy, since, website, notes };

        var labels = new FieldLabels { ["Name"] = "<name>", ["BuddyId"] = "--buddy", ["MemberSince"] = "--since" };
        command.SetAction((parse, ct) => runner.RunAsync(parse, labels, async (scope, ct) =>
        {
            int? buddyId = parse.GetValue(buddy) is { } b ? (await scope.PersonAsync(b, "--buddy", ct)).Id : null;
            var o = await scope.Get<OpportunityService>().CreateAsync(new OpportunityInput(parse.GetValue(name), parse.GetValue(kind),
                parse.GetValue(role), parse.GetValue(since), parse.GetValue(website), parse.GetValue(notes), buddyId), ct);
            if (scope.Json)
            {
                scope.Terminal.Json(o);
                return;
            }
            var asRole = o.Role is { } r ? $", your role: {r}" : "";
            var with = o.Buddy is { } buddyRef ? $", buddy: {buddyRef.DisplayName} (#{buddyRef.Id})" : "";
            scope.Terminal.Line($"Added opportunity #{o.Id}: {o.Name} ({Formats.Words(o.Kind)}){asRole}{with}.");
            scope.Terminal.Line($"Add its next event: kith opportunity event {o.Id} \"<title>\" --at YYYY-MM-DDTHH:MM");
        }, ct));
        return command;
    }
}
