namespace Kith.Bench.Harness;

/// <summary>
/// One thing a user waits for, done by Kith and by a baseline that computes the same answer with
/// the least work (hand-written SQL on the same file). Both return the answer as text, so the
/// harness can check they agree before it times them.
/// </summary>
/// <param name="Target">The highest acceptable ratio of Kith's median to the baseline's.</param>
/// <param name="Reset">Runs, untimed, before every call of either side (e.g. a fresh empty database for an import).</param>
/// <param name="Observe">For sides that write: reads back, untimed, what the call left behind, as its answer.</param>
public sealed record Scenario(
    string Name,
    string BaselineDoes,
    double Target,
    int Iterations,
    Func<CancellationToken, Task<string>> Kith,
    Func<CancellationToken, Task<string>> Baseline,
    Func<CancellationToken, Task>? Reset = null,
    Func<CancellationToken, Task<string>>? Observe = null);

public sealed record ScenarioResult(Scenario Scenario, Stats Kith, Stats Baseline, bool AnswersMatch, string? Difference)
{
    public double Ratio => Kith.Median / Baseline.Median;
    public bool Met => AnswersMatch && Ratio <= Scenario.Target;
}
