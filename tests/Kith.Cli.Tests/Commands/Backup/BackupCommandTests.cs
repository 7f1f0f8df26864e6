using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kith.Cli.Tests.Commands.Backup;

public sealed class BackupCommandTests : IDisposable
{
    private readonly CliTestHost _kith = new();

    public void Dispose() => _kith.Dispose();

    [Fact]
    public async Task Backup_RestoredIntoAFreshDatabase_BacksUpTheSameDocument()
    {
        await AddSomeOfEverythingAsync();
        var first = _kith.PathOf("first.json");
        var second = _kith.PathOf("second.json");

        var backedUp = await _kith.RunAsync("backup", "-o", first);
        using var fresh = new CliTestHost();
        var restored = await fresh.OkAsync("restore", first);
        await fresh.RunAsync("backup", "-o", second);

        Assert.Equal(0, backedUp.ExitCode);
        Assert.Equal("", backedUp.Output);
        // Three people: Ana, Bruno and me.
        Assert.StartsWith($"Backed up to {first}:\n", backedUp.Error, StringComparison.Ordinal);
        Assert.Matches(@"\n  people\s+3\n", backedUp.Error);
        Assert.Matches(@"\n  interactions\s+1\n", backedUp.Error);
        Assert.Matches(@"\n  goals\s+1\n", backedUp.Error);
        Assert.DoesNotContain("pitch versions", backedUp.Error, StringComparison.Ordinal);
        Assert.StartsWith("Restored first.json:\n", restored, StringComparison.Ordinal);
        Assert.Matches(@"\n  people\s+3\n", restored);
        Assert.Equal(WithoutExportedAt(first), WithoutExportedAt(second));
        Assert.Contains("Ana Lima", await fresh.OkAsync("find"), StringComparison.Ordinal);
        Assert.Contains("Lunch at Rosa's", await fresh.OkAsync("show", "Ana Lima"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_ToStandardOutput_WritesTheDocumentAndCountsOnStandardError()
    {
        await _kith.OkAsync("add", "Ana Lima");

        var result = await _kith.RunAsync("backup", "-o", "-");

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
        Assert.StartsWith("Backed up to standard output:\n", result.Error, StringComparison.Ordinal);
        Assert.Matches(@"\n  people\s+2\n", result.Error); // Ana and me
    }

    [Fact]
    public async Task Restore_IntoADatabaseWithPeople_ExitsTwoAndChangesNothing()
    {
        await _kith.OkAsync("add", "Ana Lima");
        var file = _kith.PathOf("backup.json");
        await _kith.RunAsync("backup", "-o", file);
        using var other = new CliTestHost();
        await other.OkAsync("add", "Bruno Costa");

        var result = await other.RunAsync("restore", file);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: A backup can only be restored into an empty account", result.Error, StringComparison.Ordinal);
        Assert.EndsWith($"\nNothing was restored. For example: kith --db ~/kith-restored.db restore {file}\n", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, await other.PeopleCountAsync());
        Assert.DoesNotContain("Ana Lima", await other.OkAsync("find"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_NotABackup_ExitsTwoWithTheLineAndRestoresNothing()
    {
        var file = _kith.WriteFile("broken.json", "{\n  \"schemaVersion\": 1,\n  \"people\": [\n    { \"id\": 1,\n");

        var result = await _kith.RunAsync("restore", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Matches($@"^error: {System.Text.RegularExpressions.Regex.Escape(file)}:\d+: ", result.Error);
        Assert.EndsWith("\nNothing was restored.\n", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, await _kith.PeopleCountAsync());
    }

    [Fact]
    public async Task Restore_NoSuchFile_ExitsTwo()
    {
        var missing = _kith.PathOf("nowhere.json");

        var result = await _kith.RunAsync("restore", missing);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: <file>: there is no file {missing}.\n", result.Error);
    }

    private async Task AddSomeOfEverythingAsync()
    {
        await _kith.OkAsync("add", "Ana Lima", "--email", "ana@example.org", "--role", "mentor", "--tag", "book club", "--every", "30d");
        await _kith.OkAsync("add", "Bruno Costa", "--org", "Globex");
        await _kith.OkAsync("log", "ana", "--kind", "lunch", "--summary", "Lunch at Rosa's", "--date", "2026-03-10T12:30", "--gave");
        await _kith.OkAsync("follow-up", "ana", "Send the article", "--due", "2026-03-20");
        await _kith.OkAsync("goal", "add", "Lead a team of five", "--area", "people management");
        await _kith.OkAsync("plan", "slot", "add", "wednesday", "12:00", "--kind", "lunch");
    }

    /// <summary>The document as text, without the moment it was written: the one thing two backups of the same data may differ in.</summary>
    private static string WithoutExportedAt(string path)
    {
        var node = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        node.Remove("exportedAt");
        return node.ToJsonString();
    }
}
