using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Kith.Cli.Commands;

namespace Kith.Cli;

/// <summary>The standard help, followed by the command's details and examples.</summary>
internal sealed class HelpWithDetails(HelpAction standard, string rootDetails) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        standard.Invoke(parseResult);
        var details = parseResult.CommandResult.Command switch
        {
            KithCommand command => command.Details,
            RootCommand => rootDetails,
            _ => null,
        };
        if (details is not null)
            parseResult.InvocationConfiguration.Output.WriteLine(details.TrimEnd() + Environment.NewLine);
        return ExitCodes.Ok;
    }
}
