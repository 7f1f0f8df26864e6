using Kith.Cli.Output;

namespace Kith.Cli;

/// <summary>The one way a command asks before a change it cannot undo: <c>--yes</c>, or a "y" typed at a terminal.</summary>
internal static class Confirmation
{
    /// <summary>
    /// True to go ahead. A script has no one to answer, so without <c>--yes</c> and a terminal the
    /// command stops with exit code 2 rather than guess; <paramref name="nothingDone"/> says what was left undone.
    /// </summary>
    public static async Task<bool> ConfirmAsync(Terminal terminal, bool yes, string question, string nothingDone, CancellationToken ct)
    {
        if (yes)
            return true;
        if (!terminal.CanAsk)
            throw new UserError($"{nothingDone}: standard input is not a terminal, so no one can answer '{question} [y/N]'. Run again with --yes to go ahead.");
        return await terminal.AskAsync(question, ct);
    }
}
