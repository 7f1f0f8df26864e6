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

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print JSON instead of tables, for scripts.",
        Recursive = true,
    };
}
