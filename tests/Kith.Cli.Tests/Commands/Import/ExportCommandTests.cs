namespace Kith.Cli.Tests.Commands.Import;

public sealed class ExportCommandTests : IDisposable
{
    /// <summary>The fields of <c>kith show --json</c> that CSV and vCard both carry.</summary>
    private static readonly string[] Carried =
        ["firstName", "lastName", "emails", "phones", "organisation", "department", "jobTitle", "tags", "metOn", "linkedInUrl", "notes"];

    private readonly CliTestHost _kith = new();

    public void Dispose() => _kith.Dispose();

    [Fact]
    public async Task Export_CsvImportedIntoAFreshDatabase_GivesTheSamePeople()
    {
        await _kith.OkAsync("add", "Ana Lima", "--email", "ana@example.org", "--email", "ana.lima@acme.example", "--phone", "+351 912 345 678",
            "--org", "Acme, Inc.", "--department", "Finance", "--title", "CFO", "--tag", "book club", "--met", "2024-10-09",
            "--linkedin", "https://www.linkedin.com/in/ana-lima", "--notes", "Says \"hi\" in emoji 👋");
        await _kith.OkAsync("add", "Bruno Costa", "--org", "Globex", "--title", "Head of Data");
        var file = _kith.PathOf("people.csv");

        var exported = await _kith.OkAsync("export", "-o", file);
        using var fresh = new CliTestHost();
        await fresh.OkAsync("import", file, "--yes");

        Assert.Equal($"Exported everyone as CSV to {file}.\n", exported);
        Assert.Equal(2, await fresh.PeopleCountAsync());
        foreach (var name in new[] { "Ana Lima", "Bruno Costa" })
            Assert.Equal(await PersonAsync(_kith, name), await PersonAsync(fresh, name));
    }

    [Fact]
    public async Task Export_ToStandardOutput_WritesCsvWithAHeader()
    {
        await _kith.OkAsync("add", "Ana Lima", "--org", "Acme, Inc.");

        var csv = await _kith.OkAsync("export");

        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("\"Acme, Inc.\"", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain("Ana", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_OnePerson_WritesTheirVCardFourOnly()
    {
        await _kith.OkAsync("add", "Ana Lima", "--email", "ana@example.org");
        await _kith.OkAsync("add", "Bruno Costa");

        var card = await _kith.OkAsync("export", "--person", "ana");

        Assert.StartsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n", card, StringComparison.Ordinal);
        Assert.Contains("FN:Ana Lima\r\n", card, StringComparison.Ordinal);
        Assert.Contains("ana@example.org", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Bruno", card, StringComparison.Ordinal);
        Assert.EndsWith("END:VCARD\r\n", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_VCardFileImportedIntoAFreshDatabase_GivesTheSamePeople()
    {
        await _kith.OkAsync("add", "Ana Lima", "--email", "ana@example.org", "--phone", "+351 912 345 678", "--org", "Acme",
            "--department", "Finance", "--title", "CFO", "--tag", "book club", "--notes", "Line one; with, punctuation");
        var file = _kith.PathOf("people.vcf");

        await _kith.OkAsync("export", "--format", "vcard", "-o", file);
        using var fresh = new CliTestHost();
        await fresh.OkAsync("import", file, "--yes");

        Assert.Equal(await PersonAsync(_kith, "Ana Lima"), await PersonAsync(fresh, "Ana Lima"));
    }

    [Fact]
    public async Task Export_PersonWithCsv_ExitsTwo()
    {
        await _kith.OkAsync("add", "Ana Lima");

        var result = await _kith.RunAsync("export", "--person", "ana", "--format", "csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: --person: one person is exported as a vCard; leave out --format csv.\n", result.Error);
        Assert.Equal("", result.Output);
    }

    /// <summary>What a user sees of a person that an export should carry, as one comparable string.</summary>
    private static async Task<string> PersonAsync(CliTestHost kith, string name)
    {
        var p = (await kith.JsonAsync("show", name)).GetProperty("person");
        string Text(string property) => p.GetProperty(property).ValueKind == System.Text.Json.JsonValueKind.Null ? "" : p.GetProperty(property).ToString();
        return string.Join(" | ", Carried.Select(property => $"{property}={Text(property)}"));
    }
}
