using Microsoft.Data.Sqlite;

namespace Kith.Bench.Data;

/// <summary>
/// The files a run works on, made once and reused: the generated database of each size, an empty
/// database for imports, and the LinkedIn file. A file is written under a temporary name and
/// renamed when complete, so an interrupted generation is never mistaken for data.
/// </summary>
public sealed class Workspace(string folder, int seed)
{
    /// <summary>Bump when the generator changes what it writes, so old files are not reused.</summary>
    private const int GeneratorVersion = 1;

    public const int ImportRows = 30_000;

    public string Folder { get; } = folder;

    public string DatabasePath(DataSize size) => Path.Combine(Folder, $"kith-{size.Name}-seed{seed}-v{GeneratorVersion}.db");

    public string EmptyDatabasePath => Path.Combine(Folder, $"kith-empty-v{GeneratorVersion}.db");

    public string LinkedInPath => Path.Combine(Folder, $"linkedin-{ImportRows}-seed{seed}-v{GeneratorVersion}.csv");

    public async Task<string> EnsureDatabaseAsync(DataSize size, TextWriter log, CancellationToken ct)
    {
        var path = DatabasePath(size);
        if (File.Exists(path)) return path;
        Directory.CreateDirectory(Folder);
        await log.WriteLineAsync($"Generating size {size.Name} ({size.People:N0} people, {size.Interactions:N0} interactions) into {path}…");
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var temporary = path + ".partial";
        DeleteDatabase(temporary);
        int accountId;
        await using (var host = await Harness.KithHost.OpenAsync(temporary, ct))
            accountId = host.AccountId;
        SqliteConnection.ClearAllPools();
        await new DataGenerator(size, seed).GenerateAsync(temporary, accountId, log, ct);
        SqliteConnection.ClearAllPools();
        File.Move(temporary, path);
        await log.WriteLineAsync($"Generated in {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds:0} s ({new FileInfo(path).Length / 1_048_576.0:0} MB).");
        return path;
    }

    /// <summary>An empty Kith database, migrated to this build's schema (a kept one gets the migrations added since).</summary>
    public async Task<string> EnsureEmptyDatabaseAsync(CancellationToken ct)
    {
        var existing = File.Exists(EmptyDatabasePath);
        Directory.CreateDirectory(Folder);
        var temporary = EmptyDatabasePath + ".partial";
        DeleteDatabase(temporary);
        if (existing) File.Copy(EmptyDatabasePath, temporary);
        await using (await Harness.KithHost.OpenAsync(temporary, ct)) { }
        SqliteConnection.ClearAllPools();
        await using (var connection = new SqliteConnection($"Data Source={temporary};Pooling=False"))
        {
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;";
            await command.ExecuteNonQueryAsync(ct);
        }
        File.Move(temporary, EmptyDatabasePath, overwrite: true);
        return EmptyDatabasePath;
    }

    public async Task<string> EnsureLinkedInFileAsync(CancellationToken ct)
    {
        if (File.Exists(LinkedInPath)) return LinkedInPath;
        Directory.CreateDirectory(Folder);
        await LinkedInFile.WriteAsync(LinkedInPath + ".partial", ImportRows, seed, ct);
        File.Move(LinkedInPath + ".partial", LinkedInPath);
        return LinkedInPath;
    }

    /// <summary>Removes a SQLite file with its write-ahead log and shared-memory files.</summary>
    public static void DeleteDatabase(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            File.Delete(file);
    }
}
