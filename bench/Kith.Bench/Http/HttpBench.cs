using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Kith.Bench.Harness;

namespace Kith.Bench.Http;

public sealed record PageResult(string Name, string Path, Stats Stats);

public sealed record LoadResult(string Name, int Clients, int Requests, int Failures, double RequestsPerSecond, double P99);

/// <summary>
/// /health right after a change (the view computed during the visit) and a while after one (computed
/// ahead by the app's HealthRefresher), each after its own change.
/// </summary>
public sealed record HealthAfterChange(Stats RightAfter, Stats WhileAfter, TimeSpan While);

public sealed record HttpReport(IReadOnlyList<double> ColdStartsMs, IReadOnlyList<PageResult> Pages, HealthAfterChange HealthAfterChange,
    LoadResult Kith, LoadResult Bare, long PeakWorkingSetBytes);

/// <summary>
/// The app over real HTTP: cold starts, each page and API answer one at a time (median and p95),
/// then a mix of them under concurrent clients beside the bare endpoint of the same host.
/// </summary>
public sealed class HttpBench(string webDll, string contentRoot, TextWriter log)
{
    public const int Clients = 16;

    /// <param name="database">The app's database settings (<see cref="AppProcess.Sqlite"/>, <see cref="AppProcess.Postgres"/>).</param>
    public async Task<HttpReport> RunAsync(IReadOnlyDictionary<string, string> database, int personId, int iterations, TimeSpan loadFor, int coldStarts, CancellationToken ct)
    {
        var starts = new List<double>();
        AppProcess? app = null;
        try
        {
            for (var i = 0; i < coldStarts; i++)
            {
                if (app is not null) await app.DisposeAsync();
                app = await AppProcess.StartAsync(webDll, contentRoot, database, ct);
                starts.Add(app.ColdStart.TotalMilliseconds);
                await log.WriteLineAsync($"- cold start to the first page: {app.ColdStart.TotalMilliseconds:0} ms");
            }
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Clients * 2 }) { BaseAddress = app!.Address, Timeout = TimeSpan.FromSeconds(60) };

            (string Name, string Path)[] pages =
            [
                ("Agenda (home page)", "/"),
                ("People list", "/people"),
                ("People: department + level, page 3", "/people?department=Engineering&level=peer&page=3"),
                ("Person page", $"/people/{personId}"),
                ("Search \"roadmap\"", "/people?search=roadmap"),
                ("Plan", "/plan"),
                ("Network health", "/health"),
                ("Mentors board", "/board"),
                ("API: agenda", "/api/v1/agenda?window=week"),
                ("API: people, 2 filters, page 3", "/api/v1/people?department=Engineering&level=peer&page=3"),
                ("API: person", $"/api/v1/people/{personId}"),
            ];
            var results = new List<PageResult>();
            foreach (var (name, path) in pages)
                results.Add(await PageAsync(client, name, path, iterations, ct));

            var afterChange = await HealthAfterChangeAsync(client, personId, Math.Max(3, iterations / 4), ct);

            var mix = pages.Select(p => p.Path).ToArray();
            var kith = await LoadAsync(client, "Pages and API mix", mix, loadFor, ct);
            var bare = await LoadAsync(client, "Bare endpoint", ["/bench/bare"], loadFor, ct);

            // The generated data has no networking slot, and without one the plan ranks nobody. With a
            // weekly slot (added last, so the measurements above stay comparable from run to run), the
            // home page and the plan suggest someone for it.
            await AddWeeklySlotAsync(client, ct);
            results.Add(await PageAsync(client, "Agenda (home page), with a weekly slot", "/", iterations, ct));
            results.Add(await PageAsync(client, "Plan, with a weekly slot", "/plan", iterations, ct));
            return new HttpReport(starts, results, afterChange, kith, bare, app.PeakWorkingSet());
        }
        finally
        {
            if (app is not null) await app.DisposeAsync();
        }
    }

    /// <summary>
    /// Each time: a change (a snooze of the person, to a day not used before), then /health at once;
    /// another change, then /health three seconds later.
    /// </summary>
    private async Task<HealthAfterChange> HealthAfterChangeAsync(HttpClient client, int personId, int times, CancellationToken ct)
    {
        var wait = TimeSpan.FromSeconds(3);
        var day = new DateOnly(2099, 1, 1);
        async Task ChangeAsync()
        {
            day = day.AddDays(1);
            using var response = await client.PutAsJsonAsync($"/api/v1/people/{personId}/snooze", new { until = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, ct);
            if (response.StatusCode != HttpStatusCode.NoContent)
                throw new InvalidOperationException($"Snoozing person {personId} answered {(int)response.StatusCode}, not 204.");
        }
        var rightAfter = new List<double>();
        var whileAfter = new List<double>();
        for (var i = 0; i < times; i++)
        {
            await ChangeAsync();
            rightAfter.Add(await GetAsync(client, "/health", ct));
            await ChangeAsync();
            await Task.Delay(wait, ct);
            whileAfter.Add(await GetAsync(client, "/health", ct));
        }
        var result = new HealthAfterChange(Stats.Of(rightAfter), Stats.Of(whileAfter), wait);
        await log.WriteLineAsync($"- network health right after a change: median {result.RightAfter.Median:0.0} ms; {wait.TotalSeconds:0} s after one: median {result.WhileAfter.Median:0.0} ms");
        return result;
    }

    /// <summary>One page, one client: three untimed visits, then <paramref name="iterations"/> timed ones.</summary>
    private async Task<PageResult> PageAsync(HttpClient client, string name, string path, int iterations, CancellationToken ct)
    {
        for (var w = 0; w < 3; w++) await GetAsync(client, path, ct);
        var times = new List<double>(iterations);
        for (var i = 0; i < iterations; i++) times.Add(await GetAsync(client, path, ct));
        var stats = Stats.Of(times);
        await log.WriteLineAsync($"- {name} ({path}): median {stats.Median:0.0} ms, p95 {stats.P95:0.0} ms");
        return new PageResult(name, path, stats);
    }

    /// <summary>A lunch every Sunday since January, so this week has an occurrence to fill whatever the day.</summary>
    private static async Task AddWeeklySlotAsync(HttpClient client, CancellationToken ct)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/plan/slots",
            new { day = "sunday", startsAt = "12:30", durationMinutes = 60, kind = "lunch", startsOn = "2026-01-04" }, ct);
        if (response.StatusCode != HttpStatusCode.Created)
            throw new InvalidOperationException($"Adding a networking slot answered {(int)response.StatusCode}, not 201.");
    }

    private static async Task<double> GetAsync(HttpClient client, string path, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(path, ct);
        _ = await response.Content.ReadAsByteArrayAsync(ct);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}, not 200.");
        return elapsed;
    }

    private async Task<LoadResult> LoadAsync(HttpClient client, string name, string[] paths, TimeSpan duration, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var failures = 0;
        var workers = Enumerable.Range(0, Clients).Select(async worker =>
        {
            var times = new List<double>();
            for (var n = worker; Stopwatch.GetElapsedTime(started) < duration; n++)
            {
                var path = paths[n % paths.Length];
                try
                {
                    times.Add(await GetAsync(client, path, ct));
                }
                catch (Exception e) when (e is InvalidOperationException or HttpRequestException)
                {
                    Interlocked.Increment(ref failures);
                }
            }
            return times;
        }).ToList();
        var all = (await Task.WhenAll(workers)).SelectMany(t => t).ToArray();
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        Array.Sort(all);
        var result = new LoadResult(name, Clients, all.Length, failures, all.Length / seconds, all.Length == 0 ? double.NaN : Stats.Percentile(all, 0.99));
        await log.WriteLineAsync($"- {name}, {Clients} clients: {result.RequestsPerSecond:0} requests/s, p99 {result.P99:0.0} ms, {failures} failed");
        return result;
    }
}
