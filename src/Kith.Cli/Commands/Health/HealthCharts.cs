using System.Globalization;
using Kith.Core.Health;

namespace Kith.Cli.Commands.Health;

/// <summary>
/// Counts as text bars: the label, the number and a bar of blocks, so the chart reads the same
/// without colour, in a pipe, or to a screen reader (which announces label and number).
/// </summary>
internal static class HealthCharts
{
    public const int BarWidth = 30;

    public static IEnumerable<string> Bars(IReadOnlyList<HealthCount> counts)
    {
        var labelWidth = counts.Count == 0 ? 0 : counts.Max(c => c.Label.Length);
        var max = counts.Count == 0 ? 0 : counts.Max(c => c.Value);
        var numberWidth = max.ToString(CultureInfo.InvariantCulture).Length;
        // Numbers before the bars, so they line up and a zero is as plain as any other count.
        return counts.Select(c =>
            $"  {c.Label.PadRight(labelWidth)}  {c.Value.ToString(CultureInfo.InvariantCulture).PadLeft(numberWidth)}  {Bar(c.Value, max)}".TrimEnd());
    }

    /// <summary>Scaled to the largest count; any count above zero gets at least one block, so it is never lost.</summary>
    public static string Bar(int value, int max) =>
        value <= 0 || max <= 0 ? "" : new string('█', Math.Max(1, (int)Math.Round(value * (double)BarWidth / max, MidpointRounding.AwayFromZero)));
}
