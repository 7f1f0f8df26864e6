namespace Kith.Bench.Harness;

/// <summary>Median and 95th percentile of a run's timings, in milliseconds.</summary>
public sealed record Stats(int Count, double Median, double P95, double Max)
{
    public static Stats Of(IReadOnlyList<double> milliseconds)
    {
        if (milliseconds.Count == 0) return new Stats(0, double.NaN, double.NaN, double.NaN);
        var sorted = milliseconds.Order().ToArray();
        return new Stats(sorted.Length, Percentile(sorted, 0.5), Percentile(sorted, 0.95), sorted[^1]);
    }

    /// <summary>Nearest-rank percentile: the smallest timing that at least <paramref name="p"/> of the runs did not exceed.</summary>
    public static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
