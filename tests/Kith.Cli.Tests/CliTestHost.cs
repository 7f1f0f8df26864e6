using System.Text.Json;
using Kith.Core;
using Kith.Core.Accounts;
using Kith.Core.Data;
using Kith.Core.People;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kith.Cli.Tests;

/// <summary>
/// Runs <c>kith</c> in-process on its own temporary database file, with captured output and a
/// fake clock that starts Monday 2026-03-16 at noon UTC (noon, so "today" is the same day in any zone).
/// Each test gets its own host, so no test sees another's people.
/// </summary>
public sealed class CliTestHost : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 16, 12, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Start);

    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"kith-cli-{Guid.NewGuid():N}.db");

    /// <summary>Runs <c>kith --db &lt;this file&gt; args…</c>.</summary>
    public Task<CliResult> RunAsync(params string[] args) => RunOnAsync(DatabasePath, args);

    public Task<CliResult> RunOnAsync(string databasePath, params string[] args) => RunCoreAsync(databasePath, "", false, null, args);

    /// <summary>Runs <c>kith</c> with <paramref name="input"/> as its standard input, as in <c>echo … | kith …</c>.</summary>
    public Task<CliResult> RunWithInputAsync(string input, params string[] args) => RunCoreAsync(DatabasePath, input, false, null, args);

    /// <summary>Runs <c>kith</c> as if a person sat at the terminal and typed <paramref name="answer"/> when asked.</summary>
    public Task<CliResult> RunAnsweringAsync(string answer, params string[] args) => RunCoreAsync(DatabasePath, answer + "\n", true, null, args);

    /// <summary>Runs <c>kith</c> with standard error at a terminal: progress bars are drawn on <paramref name="progress"/>.</summary>
    public Task<CliResult> RunWithProgressAsync(Spectre.Console.IAnsiConsole progress, params string[] args) => RunCoreAsync(DatabasePath, "", false, progress, args);

    private async Task<CliResult> RunCoreAsync(string databasePath, string standardInput, bool canAsk, Spectre.Console.IAnsiConsole? progress, string[] args)
    {
        using var input = new StringReader(standardInput);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await KithCli.RunAsync(["--db", databasePath, .. args], output, error, Clock, input: input, canAsk: canAsk, progress: progress);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>A folder of this test's own for the files it imports and exports; removed with the host.</summary>
    public string Folder { get; } = Directory.CreateTempSubdirectory("kith-cli-files-").FullName;

    /// <summary>Writes <paramref name="content"/> (UTF-8, no byte-order mark) to a file in <see cref="Folder"/> and returns its path.</summary>
    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, content, new System.Text.UTF8Encoding(false));
        return path;
    }

    public string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>Runs a command that must succeed and returns its output.</summary>
    public async Task<string> OkAsync(params string[] args)
    {
        var result = await RunAsync(args);
        Assert.True(result.ExitCode == 0, $"kith {string.Join(' ', args)} exited {result.ExitCode}: {result.Error}");
        Assert.Equal("", result.Error);
        return result.Output;
    }

    /// <summary>Runs a command with <c>--json</c> that must succeed and parses what it printed.</summary>
    public async Task<JsonElement> JsonAsync(params string[] args)
    {
        using var document = JsonDocument.Parse(await OkAsync([.. args, "--json"]));
        return document.RootElement.Clone();
    }

    /// <summary>How many people (other than me) the database holds, asked the way a script would.</summary>
    public async Task<int> PeopleCountAsync() => (await JsonAsync("find")).GetProperty("totalCount").GetInt32();

    /// <summary>
    /// Records who I report to, through the Core service: no command edits my own record yet,
    /// and the boss rule starts from it (me → boss → boss's boss).
    /// </summary>
    public async Task SetMyBossAsync(int bossId)
    {
        var account = new LocalAccount();
        await using var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton<ICurrentAccount>(account)
            .AddKithCore(_ => DatabasePath)
            .BuildServiceProvider();
        await using (var prepare = services.CreateAsyncScope())
            account.AccountId = await KithDatabase.PrepareAsync(prepare.ServiceProvider.GetRequiredService<KithDbContext>(), DatabasePath, Clock);
        await using var scope = services.CreateAsyncScope();
        var people = scope.ServiceProvider.GetRequiredService<PeopleService>();
        var me = await people.GetMeAsync();
        await people.UpdateAsync(me.Id, new PersonInput { FirstName = me.FirstName, LastName = me.LastName, ReportsToId = bossId });
    }

    /// <summary>Adds a person and returns their id.</summary>
    public async Task<int> AddPersonAsync(params string[] args) => (await JsonAsync(["add", .. args])).GetProperty("id").GetInt32();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(DatabasePath + suffix);
        Directory.Delete(Folder, recursive: true);
    }
}

public sealed record CliResult(int ExitCode, string Output, string Error);
