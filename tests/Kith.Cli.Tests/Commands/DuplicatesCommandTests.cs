namespace Kith.Cli.Tests.Commands;

public sealed class DuplicatesCommandTests : IDisposable
{
    private readonly CliTestHost _kith = new();

    public void Dispose() => _kith.Dispose();

    [Fact]
    public async Task Duplicates_TwoWithTheSameEmail_ListsThemWithTheReasonAndTheMergeCommand()
    {
        var first = await _kith.AddPersonAsync("Ana Lima", "--email", "ana@example.org");
        var second = await _kith.AddPersonAsync("Ana Lima", "--email", "ANA@example.org", "--org", "Acme");
        await _kith.AddPersonAsync("Bruno Costa", "--email", "bruno@example.org");

        var output = await _kith.OkAsync("duplicates");

        Assert.Equal($"""
            1 group of people who look like the same person:

            same e-mail ana@example.org:
              #{first}  Ana Lima
              #{second}  Ana Lima

            Merge two into one (the first keeps its id): kith merge {first} {second}

            """, output);
    }

    [Fact]
    public async Task Duplicates_None_SaysSo()
    {
        await _kith.AddPersonAsync("Ana Lima", "--email", "ana@example.org");
        await _kith.AddPersonAsync("Bruno Costa", "--email", "bruno@example.org");

        Assert.Equal("No duplicates found.\n", await _kith.OkAsync("duplicates"));
    }
}
