using System.CommandLine;

namespace Kith.Cli.Commands;

/// <summary>
/// A command with a one-line summary (what the command list shows) and a longer text with
/// examples that only its own <c>--help</c> prints.
/// </summary>
internal sealed class KithCommand(string name, string summary, string? details = null) : Command(name, summary)
{
    public string? Details { get; } = details;
}
