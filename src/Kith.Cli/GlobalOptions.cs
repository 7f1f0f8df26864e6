using System.CommandLine;

namespace Kith.Cli;

/// <summary>Options every command understands, wherever they appear on the line.</summary>
internal sealed class GlobalOptions
{
    public Option<string?> Db { get; } = new("--db")
    {
        Description = "The database file to use (default: $KITH_DB, else ~/.local/share/kith/kith.db).",
        HelpName = "file",
        Recursive = true,
    };

    /// <summary>The environment variable that gives the CLI an API token when --token is not on the line.</summary>
    public const string TokenVariable = "KITH_TOKEN";

    public Option<string?> Token { get; } = new("--token")
    {
        Description = "Act for the account of this personal API token (default: $KITH_TOKEN, else the local account).",
        HelpName = "kith_…",
        Recursive = true,
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print JSON instead of tables, for scripts.",
        Recursive = true,
    };
}
