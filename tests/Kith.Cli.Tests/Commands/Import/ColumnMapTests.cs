using Kith.Cli.Commands.Import;
using Kith.Core.Import;

namespace Kith.Cli.Tests.Commands.Import;

public sealed class ColumnMapTests
{
    [Theory]
    [InlineData("Surname=last-name", "Surname", "last-name")]
    [InlineData(" E-mail 1 = EMAIL ", "E-mail 1", "email")]
    [InlineData("a=b=tags", "a=b", "tags")]
    public void Parse_ColumnEqualsField_SplitsAtTheLastEquals(string text, string column, string field) =>
        Assert.Equal((column, field), ColumnMap.Parse(text));

    [Theory]
    [InlineData("Surname")]
    [InlineData("=last-name")]
    [InlineData("Surname=")]
    public void Parse_NotColumnEqualsField_SaysWhatShapeItTakes(string text)
    {
        var e = Assert.Throws<UserError>(() => ColumnMap.Parse(text));
        Assert.Equal($"--map: '{text}' is not Column=field, e.g. --map \"E-mail 1=email\".", e.Message);
    }

    [Fact]
    public void Parse_UnknownField_ListsTheFields()
    {
        var e = Assert.Throws<UserError>(() => ColumnMap.Parse("Surname=surname"));
        Assert.StartsWith("--map: 'surname' is not a field; choose one of first-name, last-name, full-name,", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_OneCorrection_KeepsTheOtherGuessesAndMatchesTheColumnIgnoringCase()
    {
        var guess = new ColumnMapping(new Dictionary<string, string> { ["Name"] = "full-name", ["Mail"] = "email" });

        var mapping = ColumnMap.Apply(["Name", "Mail", "Colour"], guess, [("colour", "tags")]);

        Assert.Equal("full-name", mapping.FieldOf("Name"));
        Assert.Equal("email", mapping.FieldOf("Mail"));
        Assert.Equal("tags", mapping.FieldOf("Colour"));
    }
}
