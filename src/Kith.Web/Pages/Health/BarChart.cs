using System.Globalization;

namespace Kith.Web.Pages.Health;

/// <summary>How a bar is filled. Patterns let bars be told apart without colour; every bar also carries its label and number as text.</summary>
public enum BarFill
{
    Solid,
    Hatched,
    Dotted,
    Outline,
    /// <summary>Hatched in the "asked" colour, next to a solid "gave".</summary>
    Asked,
}

/// <summary>One bar: what it counts, its number, the text drawn after it, and how long it is (0–1 of the longest possible).</summary>
public sealed record ChartBar(string Label, int Value, string ValueText, double Fraction, BarFill Fill = BarFill.Solid);

/// <summary>
/// A horizontal bar chart the server draws as inline SVG (see _BarChart.cshtml). Positions are
/// percentages of the chart's width, so it fits any column without a script; each label sits above
/// its bar (so long names fit a phone's width) and the number right after it, so the chart reads without colour.
/// </summary>
public sealed class BarChart
{
    public const int RowHeight = 46;
    public const int BarHeight = 18;
    /// <summary>Labels longer than this are shortened in the drawing; the description and the table keep them whole.</summary>
    public const int MaxLabelLength = 36;
    /// <summary>The longest bar leaves room after it for its number.</summary>
    private const double BarsSpace = 80;

    private BarChart(string id, string title, string description, IReadOnlyList<ChartBar> bars, bool tracks)
    {
        Id = id;
        Title = title;
        Description = description;
        Bars = bars;
        Tracks = tracks;
    }

    /// <summary>Unique on the page; prefixes the ids of the title, description and patterns.</summary>
    public string Id { get; }
    public string Title { get; }
    /// <summary>What the chart says, every number included, for the SVG's &lt;desc&gt;.</summary>
    public string Description { get; }
    public IReadOnlyList<ChartBar> Bars { get; }
    /// <summary>Whether each bar has a track showing the whole it is part of ("3 of 8").</summary>
    public bool Tracks { get; }

    public int Height => Bars.Count * RowHeight;

    /// <summary>A chart of counts; the longest bar is the largest count.</summary>
    public static BarChart Counts(string id, string title, string intro, IEnumerable<(string Label, int Value, BarFill Fill)> rows)
    {
        var list = rows.ToList();
        var max = Math.Max(1, list.Count == 0 ? 0 : list.Max(r => r.Value));
        var bars = list.Select(r => new ChartBar(r.Label, r.Value, r.Value.ToString(CultureInfo.InvariantCulture), (double)r.Value / max, r.Fill)).ToList();
        return new BarChart(id, title, Describe(intro, bars), bars, tracks: false);
    }

    /// <summary>A chart of parts of a whole ("3 of 8 weeks"), each bar as long as its share.</summary>
    public static BarChart Shares(string id, string title, string intro, IEnumerable<(string Label, int Value, int Of, string Text)> rows)
    {
        var bars = rows.Select(r => new ChartBar(r.Label, r.Value, r.Text, r.Of <= 0 ? 0 : Math.Clamp((double)r.Value / r.Of, 0, 1))).ToList();
        return new BarChart(id, title, Describe(intro, bars), bars, tracks: true);
    }

    /// <summary>The label's baseline, above the bar.</summary>
    public static int LabelY(int row) => row * RowHeight + 15;
    public static int BarY(int row) => row * RowHeight + 21;
    /// <summary>The number sits level with the bar's middle.</summary>
    public static int ValueY(int row) => BarY(row) + BarHeight / 2;

    public static string TrackWidth => Percent(BarsSpace);
    public static string BarWidth(ChartBar bar) => Percent(BarsSpace * bar.Fraction);
    /// <summary>The number starts where the bar (or its track) ends, plus a gap the view adds with dx.</summary>
    public string ValueX(ChartBar bar) => Percent(Tracks ? BarsSpace : BarsSpace * bar.Fraction);

    public static string ShortLabel(string label) =>
        label.Length <= MaxLabelLength ? label : label[..(MaxLabelLength - 1)].TrimEnd() + "…";

    private static string Percent(double value) => value.ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static string Describe(string intro, List<ChartBar> bars) =>
        bars.Count == 0 ? intro : $"{intro} {string.Join("; ", bars.Select(b => $"{b.Label}: {b.ValueText}"))}.";
}
