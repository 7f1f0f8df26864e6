using Kith.Bench.Data;
using Kith.Bench.Harness;
using Microsoft.Data.Sqlite;

namespace Kith.Bench.Tests;

/// <summary>The size-S data set, generated once for the class into its own folder, with Kith and the baselines on it.</summary>
public sealed class BenchData : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kith-bench-tests-" + Guid.NewGuid().ToString("N"));

    public Workspace Workspace { get; private set; } = null!;
    public string DatabasePath { get; private set; } = "";
    public KithHost Kith { get; private set; } = null!;
    public Sql Sql { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Workspace = new Workspace(_folder, DataGenerator.DefaultSeed);
        DatabasePath = await Workspace.EnsureDatabaseAsync(DataSize.S, TextWriter.Null, CancellationToken.None);
        Kith = await KithHost.OpenAsync(DatabasePath);
        Sql = new Sql(DatabasePath);
    }

    public async Task DisposeAsync()
    {
        await Kith.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
