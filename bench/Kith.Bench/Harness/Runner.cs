using System.Diagnostics;

namespace Kith.Bench.Harness;

/// <summary>Checks that Kith and the baseline agree, warms both up, then times them in alternation.</summary>
public sealed class Runner(TextWriter log, bool smoke)
{
    public async Task<ScenarioResult> RunAsync(Scenario scenario, CancellationToken ct)
    {
        await log.WriteLineAsync($"- {scenario.Name}");
        // The first call of each side is the check, and the start of its warm-up (JIT, EF's query cache, SQLite's page cache).
        var kithAnswer = await TimedAsync(scenario, scenario.Kith, ct);
        var baselineAnswer = await TimedAsync(scenario, scenario.Baseline, ct);
        var match = kithAnswer.Answer == baselineAnswer.Answer;
        var difference = match ? null : FirstDifference(kithAnswer.Answer, baselineAnswer.Answer);
        if (!match)
            await log.WriteLineAsync($"  ANSWERS DIFFER: {difference}");

        if (!smoke)
        {
            await WarmUpAsync(scenario, scenario.Kith, ct);
            await WarmUpAsync(scenario, scenario.Baseline, ct);
        }

        var iterations = smoke ? 1 : scenario.Iterations;
        var kith = new List<double>(iterations);
        var baseline = new List<double>(iterations);
        for (var i = 0; i < iterations; i++)
        {
            // Alternate which side goes first, so neither always finds the other's warm cache.
            if (i % 2 == 0)
            {
                kith.Add((await TimedAsync(scenario, scenario.Kith, ct)).Milliseconds);
                baseline.Add((await TimedAsync(scenario, scenario.Baseline, ct)).Milliseconds);
            }
            else
            {
                baseline.Add((await TimedAsync(scenario, scenario.Baseline, ct)).Milliseconds);
                kith.Add((await TimedAsync(scenario, scenario.Kith, ct)).Milliseconds);
            }
        }
        var result = new ScenarioResult(scenario, Stats.Of(kith), Stats.Of(baseline), match, difference);
        await log.WriteLineAsync($"  Kith {result.Kith.Median:0.00} ms (p95 {result.Kith.P95:0.00}), baseline {result.Baseline.Median:0.00} ms (p95 {result.Baseline.P95:0.00}), ratio {result.Ratio:0.00}");
        return result;
    }

    /// <summary>
    /// Untimed calls for <see cref="WarmUpTime"/> (at most <see cref="WarmUpCalls"/>): the runtime
    /// compiles a method again, optimised, only after some 30 calls and once start-up's compiling has
    /// quietened, so a single warm-up call left the first timed runs of Kith (EF's larger code) in
    /// unoptimised code, and a scenario run alone (--only) slower than in a full run.
    /// </summary>
    private static async Task WarmUpAsync(Scenario scenario, Func<CancellationToken, Task<string>> side, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < WarmUpCalls && Stopwatch.GetElapsedTime(started) < WarmUpTime; i++)
            await TimedAsync(scenario, side, ct);
    }

    public const int WarmUpCalls = 1_000;
    public static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(2);

    /// <summary>Kith's answer and the baseline's, once each, untimed.</summary>
    public static async Task<(string Kith, string Baseline)> AnswersAsync(Scenario scenario, CancellationToken ct) =>
        ((await TimedAsync(scenario, scenario.Kith, ct)).Answer, (await TimedAsync(scenario, scenario.Baseline, ct)).Answer);

    private static async Task<(string Answer, double Milliseconds)> TimedAsync(Scenario scenario, Func<CancellationToken, Task<string>> side, CancellationToken ct)
    {
        if (scenario.Reset is { } reset) await reset(ct);
        var started = Stopwatch.GetTimestamp();
        var answer = await side(ct);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (scenario.Observe is { } observe) answer = await observe(ct);
        return (answer, elapsed);
    }

    private static string FirstDifference(string kith, string baseline)
    {
        var at = 0;
        while (at < kith.Length && at < baseline.Length && kith[at] == baseline[at]) at++;
        static string Around(string s, int at) => s.Length == 0 ? "(empty)" : s.Substring(Math.Max(0, at - 40), Math.Min(s.Length - Math.Max(0, at - 40), 120));
        return $"at character {at}: Kith \"{Around(kith, at)}\" vs baseline \"{Around(baseline, at)}\"";
    }
}
