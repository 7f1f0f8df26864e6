namespace Kith.Cli;

/// <summary>
/// A mistake on the command line that the CLI itself detects (an unknown name, a malformed
/// interval). Printed as one "error:" line, never with a stack trace.
/// </summary>
internal sealed class UserError(string message, int exitCode = ExitCodes.InvalidInput) : Exception(message)
{
    public int ExitCode { get; } = exitCode;

    public static UserError NotFound(string message) => new(message, ExitCodes.NotFound);
}
