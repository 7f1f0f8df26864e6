using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Kith.Bench.Harness;
using Kith.Bench.Http;

namespace Kith.Bench;

/// <summary>The run as Markdown: the machine, one row per scenario, the HTTP numbers, and which targets were met.</summary>
public static class Report
{
    public static string Markdown(BenchOptions options, IReadOnlyList<ScenarioResult> results, HttpReport? http, HttpReport? httpPostgres = null)
    {
        var text = new StringBuilder();
        var ms = Bench.Ms;
        text.AppendLine(CultureInfo.InvariantCulture, $"### Size {options.Size.Name}: {options.Size.People:N0} people, {options.Size.Interactions:N0} interactions, {options.Size.InteractionNotes:N0} notes{(options.Smoke ? " (smoke run: one iteration, timings not meaningful)" : "")}");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Machine()}; run {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC, {options.Iterations} iterations (import and backup {Math.Max(3, options.Iterations / 10)}).");
        text.AppendLine();
        text.AppendLine("| Scenario | Kith median | Kith p95 | Baseline median | Baseline p95 | Ratio | Target | Same answer |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---|");
        foreach (var r in results)
        {
            var verdict = r.Met ? "✓" : "✗";
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Scenario.Name} | {ms(r.Kith.Median)} ms | {ms(r.Kith.P95)} ms | {ms(r.Baseline.Median)} ms | {ms(r.Baseline.P95)} ms | {r.Ratio:0.00} | ≤ {r.Scenario.Target:0.0} {verdict} | {(r.AnswersMatch ? "yes" : "**no**")} |");
        }

        if (http is not null)
            Http(text, http);
        if (httpPostgres is not null)
        {
            text.AppendLine();
            text.AppendLine("With the app on PostgreSQL (the same data copied to a local server, the same requests):");
            Http(text, httpPostgres);
        }
        return text.ToString();
    }

    private static void Http(StringBuilder text, HttpReport http)
    {
        var ms = Bench.Ms;
        text.AppendLine();
        text.AppendLine("| Page (one client) | Median | p95 | Target p95 < 100 ms |");
        text.AppendLine("|---|---:|---:|---|");
        foreach (var p in http.Pages)
            text.AppendLine(CultureInfo.InvariantCulture, $"| {p.Name} `{p.Path}` | {ms(p.Stats.Median)} ms | {ms(p.Stats.P95)} ms | {(p.Stats.P95 < Bench.PageP95Ms ? "✓" : "✗")} |");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"| {http.Kith.Clients} concurrent clients | Requests/s | p99 | Requests | Failed |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var l in new[] { http.Kith, http.Bare })
            text.AppendLine(CultureInfo.InvariantCulture, $"| {l.Name} | {l.RequestsPerSecond:0} | {ms(l.P99)} ms | {l.Requests:N0} | {l.Failures} |");
        text.AppendLine();
        var cold = Stats.Of(http.ColdStartsMs);
        var peakMb = http.PeakWorkingSetBytes / 1_048_576.0;
        text.AppendLine(CultureInfo.InvariantCulture, $"- Cold start to the first page: median {cold.Median:0} ms of {cold.Count} (max {cold.Max:0} ms); target < {Bench.ColdStartMs:0} ms {(cold.Median < Bench.ColdStartMs ? "✓" : "✗")}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Peak working set of the app process: {peakMb:0} MB; target < {Bench.PeakWorkingSetMb:0} MB {(peakMb < Bench.PeakWorkingSetMb ? "✓" : "✗")}");
        var health = http.HealthAfterChange;
        text.AppendLine(CultureInfo.InvariantCulture, $"- Network health after a change (`/health`, {health.RightAfter.Count} changes each): right after it, median {ms(health.RightAfter.Median)} ms (max {ms(health.RightAfter.Max)} ms), the view computed during the visit; {health.While.TotalSeconds:0} s after it, median {ms(health.WhileAfter.Median)} ms (max {ms(health.WhileAfter.Max)} ms), computed ahead of the visit");
    }

    private static string Machine()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return $"{cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}, {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}";
    }
}
