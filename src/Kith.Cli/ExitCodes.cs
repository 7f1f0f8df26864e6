namespace Kith.Cli;

/// <summary>What <c>kith</c> returns to the shell; scripts branch on these, so they never change meaning.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Something went wrong that is not the user's input: the database could not be opened, a bug.</summary>
    public const int Failure = 1;

    /// <summary>The command line or a value on it is wrong (bad option, invalid e-mail, a name that matches several people).</summary>
    public const int InvalidInput = 2;

    /// <summary>A record that was named (a person, follow-up, goal, mentorship, meeting, commitment, slot, pitch, introduction, opportunity, event) does not exist.</summary>
    public const int NotFound = 3;

    /// <summary>Interrupted (Ctrl+C), as shells report SIGINT.</summary>
    public const int Cancelled = 130;
}
