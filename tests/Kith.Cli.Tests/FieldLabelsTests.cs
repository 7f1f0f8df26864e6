namespace Kith.Cli.Tests;

public sealed class FieldLabelsTests
{
    [Theory]
    [InlineData("Emails[1]", "--email")]
    [InlineData("emails", "--email")]
    [InlineData("FirstName", "<name>")]
    [InlineData("HowWeMet", "--how-we-met")]
    [InlineData("Until", "--until")]
    public void For_CoreFieldName_GivesWhatTheUserTyped(string field, string expected)
    {
        var labels = new FieldLabels { ["Emails"] = "--email", ["FirstName"] = "<name>" };

        Assert.Equal(expected, labels.For(field));
    }
}
