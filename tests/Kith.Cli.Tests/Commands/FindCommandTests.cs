namespace Kith.Cli.Tests.Commands;

public sealed class FindCommandTests : IDisposable
{
    private readonly CliTestHost _kith = new();

    public void Dispose() => _kith.Dispose();

    [Fact]
    public async Task Find_NoPeople_SaysNoOneMatches()
    {
        var found = await _kith.OkAsync("find");

        Assert.Equal("No one matches.\npage 1 of 1, 0 people\n", found);
    }

    [Fact]
    public async Task Find_Text_ListsOnlyThePeopleItMatches()
    {
        await _kith.OkAsync("add", "Ana Lima", "--org", "Acme");
        await _kith.OkAsync("add", "Bob Stone", "--org", "Globex");

        var found = await _kith.OkAsync("find", "globex");

        Assert.Contains("Bob Stone", found, StringComparison.Ordinal);
        Assert.DoesNotContain("Ana Lima", found, StringComparison.Ordinal);
        Assert.Contains("page 1 of 1, 1 person", found, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Find_Filters_NarrowTheList()
    {
        await _kith.OkAsync("add", "Ana Lima", "--role", "mentor", "--department", "Finance", "--level", "more-senior", "--inside", "--tag", "book club");
        await _kith.OkAsync("add", "Bob Stone", "--role", "colleague", "--department", "Finance", "--level", "peer", "--inside");
        await _kith.OkAsync("add", "Cem Kaya", "--role", "mentor", "--outside");

        Assert.Equal(["Ana Lima", "Cem Kaya"], await NamesAsync("find", "--role", "mentor"));
        Assert.Equal(["Ana Lima", "Bob Stone"], await NamesAsync("find", "--department", "Finance"));
        Assert.Equal(["Bob Stone"], await NamesAsync("find", "--level", "peer"));
        Assert.Equal(["Cem Kaya"], await NamesAsync("find", "--outside"));
        Assert.Equal(["Ana Lima"], await NamesAsync("find", "--tag", "book club"));
        Assert.Equal(["Ana Lima"], await NamesAsync("find", "--role", "mentor", "--inside"));
    }

    [Fact]
    public async Task Find_Overdue_ListsOnlyPeoplePastTheirMaximum()
    {
        await _kith.OkAsync("add", "Ana Lima", "--every", "30d");
        await _kith.OkAsync("add", "Bob Stone", "--every", "30d");
        await _kith.OkAsync("add", "Cem Kaya");
        _kith.Clock.Advance(TimeSpan.FromDays(2));
        await _kith.OkAsync("log", "bob", "--summary", "Call");

        var found = await _kith.OkAsync("find", "--overdue");

        Assert.Equal(["Ana Lima"], await NamesAsync("find", "--overdue"));
        Assert.Contains("2026-03-16 (overdue)", found, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Find_Paging_ShowsWhichPageOfHowMany()
    {
        foreach (var name in new[] { "Ana", "Bob", "Cem" })
            await _kith.OkAsync("add", name);

        var first = await _kith.OkAsync("find", "--page-size", "2");
        var second = await _kith.OkAsync("find", "--page-size", "2", "--page", "2");
        var beyond = await _kith.OkAsync("find", "--page-size", "2", "--page", "3");

        Assert.Contains("page 1 of 2, 3 people", first, StringComparison.Ordinal);
        Assert.Contains("Bob", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Cem", first, StringComparison.Ordinal);
        Assert.Contains("Cem", second, StringComparison.Ordinal);
        Assert.Contains("page 2 of 2, 3 people", second, StringComparison.Ordinal);
        Assert.Equal("No one on this page.\npage 3 of 2, 3 people\n", beyond);
    }

    [Fact]
    public async Task Find_Json_PrintsThePage()
    {
        await _kith.OkAsync("add", "Ana Lima", "--role", "mentor");

        var page = await _kith.JsonAsync("find");

        Assert.Equal(1, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(1, page.GetProperty("totalPages").GetInt32());
        var person = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("Ana Lima", person.GetProperty("displayName").GetString());
        Assert.Equal("mentor", person.GetProperty("roles")[0].GetString());
    }

    [Theory]
    [InlineData("--page", "0", "error: --page: must be 1 or more.")]
    [InlineData("--page", "two", "error: --page: 'two' is not a whole number.")]
    [InlineData("--page-size", "500", "error: --page-size: must be between 1 and 200.")]
    [InlineData("--role", "wizard", "error: --role: Unknown role 'wizard'.")]
    [InlineData("--level", "boss", "error: --level: Unknown level 'boss'.")]
    public async Task Find_BadFilter_FailsNamingTheOption(string option, string value, string message)
    {
        var result = await _kith.RunAsync("find", option, value);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith(message, result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
    }

    private async Task<string[]> NamesAsync(params string[] args) =>
        (await _kith.JsonAsync(args)).GetProperty("items").EnumerateArray()
            .Select(p => p.GetProperty("displayName").GetString()!).ToArray();
}
