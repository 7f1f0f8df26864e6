using System.CommandLine;
using Kith.Core.Common;
using Kith.Core.Networking;

namespace Kith.Cli.Commands.Networking;

/// <summary><c>kith network pick weekly-lunch sports-league</c>: the ways that appeal, replacing the earlier picks.</summary>
internal static class NetworkPickCommand
{
    public static Command Create(CommandRunner runner)
    {
        var ways = new Argument<string[]>("way") { Description = $"The ways that appeal: {Vocabulary.Choices<NetworkingWay>()}.", Arity = ArgumentArity.ZeroOrMore };
        var command = new KithCommand("pick", "Pick the ways to network that appeal to you (replaces earlier picks).", """
            Give no way to clear your picks.

            Examples:
              kith network pick weekly-lunch outgoing-buddy
            """) { ways };

        var labels = new FieldLabels { ["Ways"] = "<way>" };
        command.SetAction((parse, ct) => runner.RunAsync(parse, labels, async (scope, ct) =>
        {
            var choices = await scope.Get<NetworkingService>().SetInterestsAsync(parse.GetValue(ways), ct);
            if (scope.Json)
                scope.Terminal.Json(choices);
            else
                NetworkCommand.Print(scope.Terminal, choices);
        }, ct));
        return command;
    }
}
