using System.Globalization;
using System.Text.RegularExpressions;

namespace Kith.Cli.Commands.Backup;

/// <summary>What a backup holds, one kind a line ("  people         12"); kinds with none are left out.</summary>
internal static partial class CountLines
{
    public static IEnumerable<string> Lines(IReadOnlyDictionary<string, int> all)
    {
        var counts = all.Where(c => c.Value > 0).ToDictionary();
        if (counts.Count == 0)
            return ["  (nothing)"];
        var names = counts.Keys.ToDictionary(k => k, Words);
        var width = names.Values.Max(n => n.Length);
        var digits = counts.Values.Max().ToString(CultureInfo.InvariantCulture).Length;
        return counts.Select(c => $"  {names[c.Key].PadRight(width)}  {c.Value.ToString(CultureInfo.InvariantCulture).PadLeft(digits)}");
    }

    /// <summary>"followUps" → "follow ups", "plan_weeks" → "plan weeks": the document's names as words.</summary>
    internal static string Words(string name) =>
        CamelHump().Replace(name, " $1").Replace('_', ' ').Replace('-', ' ').ToLowerInvariant().Trim();

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex CamelHump();
}
