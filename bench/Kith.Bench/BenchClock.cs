namespace Kith.Bench;

/// <summary>
/// The fixed "now" of every benchmark run (Monday 23 November 2026, 09:00 UTC): the generated data
/// is laid out around it, so the same seed gives the same agenda on any day the benchmark is run.
/// </summary>
public sealed class BenchClock : TimeProvider
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Start;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
