namespace Kith.Cli.Tests.Commands;

public sealed class AddCommandTests : IDisposable
{
    private readonly CliTestHost _kith = new();

    public void Dispose() => _kith.Dispose();

    [Fact]
    public async Task Add_WithDetails_FindListsThePerson()
    {
        var added = await _kith.OkAsync("add", "Ana Lima", "--email", "ana@example.org", "--org", "Acme", "--role", "mentor");
        var found = await _kith.OkAsync("find");

        Assert.Matches(@"^Added Ana Lima \(#\d+\)\.", added);
        Assert.Contains("Ana Lima", found, StringComparison.Ordinal);
        Assert.Contains("Acme", found, StringComparison.Ordinal);
        Assert.Contains("mentor", found, StringComparison.Ordinal);
        Assert.Contains("page 1 of 1, 1 person", found, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_Json_PrintsThePersonAsTheApiDoes()
    {
        var person = await _kith.JsonAsync("add", "Ana Maria Lima", "--email", "ana@example.org", "--email", "ana@home.example",
            "--level", "more-senior", "--inside", "--role", "mentor", "--role", "former-colleague", "--tag", "book club",
            "--met", "2024-10-09", "--every", "30d");

        Assert.Equal("Ana", person.GetProperty("firstName").GetString());
        Assert.Equal("Maria Lima", person.GetProperty("lastName").GetString());
        Assert.Equal(["ana@example.org", "ana@home.example"], person.GetProperty("emails").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("more-senior", person.GetProperty("level").GetString());
        Assert.Equal("inside", person.GetProperty("employer").GetString());
        Assert.Equal(["mentor", "former-colleague"], person.GetProperty("roles").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("2024-10-09", person.GetProperty("metOn").GetString());
        Assert.Equal(30, person.GetProperty("cadence").GetProperty("every").GetInt32());
        Assert.Equal(45, person.GetProperty("cadence").GetProperty("max").GetInt32());
    }

    [Fact]
    public async Task Add_FirstAndLastOptions_KeepAMultiWordFirstName()
    {
        var person = await _kith.JsonAsync("add", "--first", "Mary Ann", "--last", "Smith");

        Assert.Equal("Mary Ann", person.GetProperty("firstName").GetString());
        Assert.Equal("Smith", person.GetProperty("lastName").GetString());
    }

    [Fact]
    public async Task Add_WithCadence_IsDueToday()
    {
        var added = await _kith.OkAsync("add", "Ana", "--every", "2w");
        var due = await _kith.OkAsync("due");

        Assert.Contains("Keep in touch every 2 weeks (at most 3 weeks); next due 2026-03-16.", added, StringComparison.Ordinal);
        Assert.Contains("Ana", due, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_ReportsTo_LinksTheManagerByName()
    {
        await _kith.OkAsync("add", "Bea Boss");

        var person = await _kith.JsonAsync("add", "Ana Lima", "--reports-to", "bea");

        Assert.Equal("Bea Boss", person.GetProperty("reportsTo").GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task Add_EmptyName_FailsNamingTheArgumentAndAddsNoOne()
    {
        var result = await _kith.RunAsync("add", "");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal("error: <name>: Enter a first name.\n", result.Error);
        Assert.Equal("", result.Output);
        Assert.Equal(0, await _kith.PeopleCountAsync());
    }

    [Fact]
    public async Task Add_InvalidEmail_FailsNamingTheOptionAndAddsNoOne()
    {
        var result = await _kith.RunAsync("add", "Bob", "--email", "bob@");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal("error: --email: 'bob@' is not a valid e-mail address.\n", result.Error);
        Assert.Equal(0, await _kith.PeopleCountAsync());
    }

    [Fact]
    public async Task Add_ImpossibleDate_FailsNamingTheOption()
    {
        var result = await _kith.RunAsync("add", "Bob", "--met", "2026-02-30");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith("error: --met: '2026-02-30' is not a valid date", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, await _kith.PeopleCountAsync());
    }

    [Fact]
    public async Task Add_SeveralMistakes_ReportsEveryOne()
    {
        var result = await _kith.RunAsync("add", "Bob", "--email", "bob@", "--level", "boss", "--role", "mentor", "--role", "wizard", "--website", "example");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("error: --email: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("error: --level: Unknown level 'boss'.", result.Error, StringComparison.Ordinal);
        Assert.Contains("error: --role: Unknown role 'wizard'.", result.Error, StringComparison.Ordinal);
        Assert.Contains("error: --website: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_ZeroCadence_FailsAndAddsNoOne()
    {
        var result = await _kith.RunAsync("add", "Bob", "--every", "0d");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith("error: --every: A cadence must be at least 1 day", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, await _kith.PeopleCountAsync());
    }

    [Fact]
    public async Task Add_MalformedInterval_FailsNamingTheOption()
    {
        var result = await _kith.RunAsync("add", "Bob", "--every", "soon");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith("error: --every: 'soon' is not an interval", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, await _kith.PeopleCountAsync());
    }

    [Fact]
    public async Task Add_MaxInAnotherUnit_FailsNamingMax()
    {
        var result = await _kith.RunAsync("add", "Bob", "--every", "2w", "--max", "20d");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith("error: --max: give it in the same unit as the cadence (w)", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, await _kith.PeopleCountAsync());
    }

    [Fact]
    public async Task Add_ReportsToNobody_FailsAsNotFound()
    {
        var result = await _kith.RunAsync("add", "Bob", "--reports-to", "Zed");

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.StartsWith("error: --reports-to: no one matches 'Zed'.", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, await _kith.PeopleCountAsync());
    }

    [Fact]
    public async Task Add_NameAndFirstOption_FailsAsAmbiguous()
    {
        var result = await _kith.RunAsync("add", "Bob", "--first", "Robert");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("<name>: give the name or --first/--last, not both.", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, await _kith.PeopleCountAsync());
    }

    [Fact]
    public async Task Add_InsideAndOutside_FailsBeforeTouchingTheDatabase()
    {
        var result = await _kith.RunAsync("add", "Bob", "--inside", "--outside");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("error: --inside, --outside: use one or the other, not both.", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_kith.DatabasePath));
    }
}
