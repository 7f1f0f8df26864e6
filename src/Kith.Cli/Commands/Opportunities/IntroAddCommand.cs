using System.CommandLine;
using Kith.Core.Opportunities;

namespace Kith.Cli.Commands.Opportunities;

/// <summary><c>kith intro add carl --to ana | --people "someone in Treasury" [--reason …]</c>.</summary>
internal static class IntroAddCommand
{
    public static Command Create(CommandRunner runner)
    {
        var connector = new Argument<string>("connector") { Description = "Who will introduce you: an id or a name." };
        var to = CliOptions.Text("--to", "The person you want to meet, when they are in Kith: an id or a name.", "person");
        var people = CliOptions.Text("--people", "Whom you want to meet otherwise, e.g. \"someone in Treasury\".", "description");
        var reason = CliOptions.Text("--reason", "Why: what you hope to learn or offer.");
        var command = new KithCommand("add", "Ask a connector to introduce you to a person or to people.", """
            Examples:
              kith intro add "Carl Chief" --to "Ana Lima" --reason "She ran the last budget cycle"
              kith intro add bea --people "someone in Treasury who knows the budget cycle"
            """) { connector, to, people, reason };

        var labels = new FieldLabels { ["ConnectorId"] = "<connector>", ["TargetId"] = "--to", ["TargetDescription"] = "--to/--people" };
        command.SetAction((parse, ct) => runner.RunAsync(parse, labels, async (scope, ct) =>
        {
            var target = parse.GetValue(to);
            if (target is not null && parse.GetValue(people) is not null)
                throw new UserError("--people: name the person (--to) or describe the people (--people), not both.");
            var via = await scope.PersonAsync(parse.GetValue(connector), "<connector>", ct);
            int? targetId = target is not null ? (await scope.PersonAsync(target, "--to", ct)).Id : null;

            var intro = await scope.Get<IntroductionService>().CreateAsync(
                new IntroductionInput(via.Id, targetId, parse.GetValue(people), parse.GetValue(reason)), ct);
            if (scope.Json)
            {
                scope.Terminal.Json(intro);
                return;
            }
            scope.Terminal.Line($"Added introduction #{intro.Id}: ask {intro.Connector.DisplayName} to introduce you to {intro.Whom}.");
            scope.Terminal.Line($"Once you have asked: kith intro step {intro.Id} asked");
        }, ct));
        return command;
    }
}
