namespace Kith.Cli.Tests.Commands;

public sealed class EditCommandTests : IDisposable
{
    private readonly CliTestHost _kith = new();

    public void Dispose() => _kith.Dispose();

    [Fact]
    public async Task Edit_OnlyGivenOptions_ChangeAndTheRestStays()
    {
        var ana = await _kith.AddPersonAsync("Ana Lima", "--email", "ana@example.org", "--org", "Acme", "--tag", "book club");

        var output = await _kith.OkAsync("edit", $"{ana}", "--title", "Head of Treasury", "--expertise", "finance");
        var person = await _kith.JsonAsync("show", $"{ana}");

        Assert.Equal($"Updated Ana Lima (#{ana}).\n", output.ReplaceLineEndings("\n"));
        Assert.Equal("Head of Treasury", person.GetProperty("person").GetProperty("jobTitle").GetString());
        Assert.Equal("Acme", person.GetProperty("person").GetProperty("organisation").GetString());
        Assert.Equal(["book club"], person.GetProperty("person").GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["ana@example.org"], person.GetProperty("person").GetProperty("emails").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task Edit_MeReportsTo_ThenMyBossesBossCannotBeAMentor()
    {
        var bigBoss = await _kith.AddPersonAsync("Carla Reis");
        await _kith.AddPersonAsync("Bruno Costa", "--reports-to", "Carla Reis");

        var edited = await _kith.OkAsync("edit", "me", "--department", "Sales", "--reports-to", "Bruno Costa");
        var refused = await _kith.RunAsync("mentor", "add", $"{bigBoss}");

        Assert.Contains("Reports to Bruno Costa", edited, StringComparison.Ordinal);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("Carla Reis is your boss's boss", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_ReportsToNone_ClearsTheManager()
    {
        await _kith.AddPersonAsync("Bruno Costa");
        await _kith.OkAsync("edit", "me", "--reports-to", "Bruno Costa");

        var output = await _kith.OkAsync("edit", "me", "--reports-to", "none");

        Assert.Contains("Reports to nobody recorded.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_BadValue_ExitsTwoNamingTheOptionAndChangesNothing()
    {
        var ana = await _kith.AddPersonAsync("Ana", "--org", "Acme");

        var result = await _kith.RunAsync("edit", $"{ana}", "--org", "Globex", "--level", "boss");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--level", result.Error, StringComparison.Ordinal);
        var person = await _kith.JsonAsync("show", $"{ana}");
        Assert.Equal("Acme", person.GetProperty("person").GetProperty("organisation").GetString());
    }
}
