using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Kith.Bench.Data;
using Kith.Bench.Harness;
using Kith.Bench.Http;
using Kith.Bench.Scenarios;
using Microsoft.Data.Sqlite;

namespace Kith.Bench;

/// <param name="Postgres">A PostgreSQL server (a role that may create databases): the HTTP part runs again with the app on a copy of the data there.</param>
public sealed record BenchOptions(DataSize Size, string DataFolder, int Iterations, bool Smoke, bool Http, string? Only, string? Output, int Seed, string? Postgres = null)
{
    public bool Includes(string name) => Only is null || name.Contains(Only, StringComparison.OrdinalIgnoreCase);
}

/// <summary>One benchmark run: make or reuse the data, run every scenario beside its baseline, report.</summary>
public sealed class Bench(BenchOptions options, TextWriter log)
{
    /// <summary>The targets of issue #7, for pages and the app process.</summary>
    public const double PageP95Ms = 100, ColdStartMs = 2_000, PeakWorkingSetMb = 300;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var workspace = new Workspace(options.DataFolder, options.Seed);
        var database = await workspace.EnsureDatabaseAsync(options.Size, log, ct);
        var empty = await workspace.EnsureEmptyDatabaseAsync(ct);
        var csv = await workspace.EnsureLinkedInFileAsync(ct);
        var scratch = Path.Combine(workspace.Folder, "scratch");
        Directory.CreateDirectory(scratch);

        var sql = new Sql(database);
        var results = new List<ScenarioResult>();
        HttpReport? http = null, httpPostgres = null;
        var runner = new Runner(log, options.Smoke);
        var heavy = Math.Max(3, options.Iterations / 10);

        await using (var kith = await KithHost.OpenAsync(database, ct))
        {
            var busiest = await sql.ScalarAsync<int>("SELECT PersonId FROM InteractionParticipants GROUP BY PersonId ORDER BY COUNT(*) DESC, PersonId LIMIT 1", ct);
            var name = (await sql.ScalarAsync<string>("SELECT LastName FROM People WHERE IsMe = 0 ORDER BY Id LIMIT 1 OFFSET $n", ct, ("$n", options.Size.People / 2))).ToLowerInvariant();
            await log.WriteLineAsync($"Scenarios on {options.Size.Name} ({database}):");
            Scenario[] scenarios =
            [
                AgendaScenario.Create(kith, sql, options.Iterations),
                PeopleListScenarios.Filtered(kith, sql, options.Iterations),
                PersonPageScenario.Create(kith, sql, busiest, options.Iterations),
                PeopleListScenarios.Search(kith, sql, "a name", name, options.Iterations),
                PeopleListScenarios.Search(kith, sql, "a word in notes", "sabbatical", options.Iterations),
                PeopleListScenarios.Search(kith, sql, "a prefix", "mig", options.Iterations),
                BackupScenario.Create(kith, sql, Path.Combine(scratch, "backup.json"), heavy),
            ];
            foreach (var scenario in scenarios.Where(s => options.Includes(s.Name)))
                results.Add(await runner.RunAsync(scenario, ct));

            var (import, importHost) = await ImportScenario.CreateAsync(empty, Path.Combine(scratch, "import.db"), csv, heavy, ct);
            await using (importHost)
            {
                if (options.Includes(import.Name))
                    results.Add(await runner.RunAsync(import, ct));
            }

            if (options.Http && options.Includes("HTTP"))
            {
                SqliteConnection.ClearAllPools();
                var copy = Path.Combine(scratch, "http.db");
                Workspace.DeleteDatabase(copy);
                File.Copy(database, copy);
                var (webDll, contentRoot) = await BuildWebAsync(ct);
                await log.WriteLineAsync("HTTP:");
                var bench = new HttpBench(webDll, contentRoot, log);
                Task<HttpReport> RunHttpAsync(IReadOnlyDictionary<string, string> settings) => bench.RunAsync(settings, busiest,
                    options.Smoke ? 2 : options.Iterations, TimeSpan.FromSeconds(options.Smoke ? 2 : 15), options.Smoke ? 1 : 3, ct);
                http = await RunHttpAsync(AppProcess.Sqlite(copy));
                if (options.Postgres is { } server)
                {
                    await log.WriteLineAsync("HTTP, with the app on PostgreSQL:");
                    await using var postgres = await PostgresCopy.CreateAsync(server, database, log, ct);
                    httpPostgres = await RunHttpAsync(AppProcess.Postgres(postgres.ConnectionString));
                }
            }
        }

        var report = Report.Markdown(options, results, http, httpPostgres);
        await log.WriteLineAsync();
        await log.WriteLineAsync(report);
        if (options.Output is { } file)
            await File.WriteAllTextAsync(file, report, ct);

        var disagreeing = results.Where(r => !r.AnswersMatch).ToList();
        var failures = new[] { http, httpPostgres }.Sum(h => (h?.Kith.Failures ?? 0) + (h?.Bare.Failures ?? 0));
        if (disagreeing.Count > 0 || failures > 0)
        {
            foreach (var r in disagreeing)
                await Console.Error.WriteLineAsync($"error: {r.Scenario.Name}: Kith and the baseline disagree, {r.Difference}");
            if (failures > 0)
                await Console.Error.WriteLineAsync($"error: {failures} HTTP requests failed under load.");
            return 1;
        }
        return 0;
    }

    /// <summary>
    /// Publishes the web app as it is deployed: Release, for this machine's runtime identifier, compiled
    /// ahead of time (ReadyToRun, set in Kith.Web.csproj). Returns its assembly and content root.
    /// </summary>
    private async Task<(string Dll, string ContentRoot)> BuildWebAsync(CancellationToken ct)
    {
        var project = Path.Combine(RepositoryRoot(), "src", "Kith.Web", "Kith.Web.csproj");
        var output = Path.Combine(options.DataFolder, "publish-web");
        await log.WriteLineAsync($"Publishing src/Kith.Web (Release, ReadyToRun) to {output}…");
        var build = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "publish", project, "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "--self-contained", "false", "-o", output, "-nologo", "-v", "q" })
            build.ArgumentList.Add(arg);
        using var process = Process.Start(build)!;
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"Publishing Kith.Web failed:\n{await stdout}\n{await stderr}");
        return (Path.Combine(output, "Kith.Web.dll"), output);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kith.slnx"))) return dir.FullName;
        }
        throw new InvalidOperationException("Run the benchmark from the Kith repository (Kith.slnx not found above " + AppContext.BaseDirectory + ").");
    }

    internal static string Ms(double value) => value.ToString(value < 10 ? "0.00" : value < 100 ? "0.0" : "0", CultureInfo.InvariantCulture);
}
