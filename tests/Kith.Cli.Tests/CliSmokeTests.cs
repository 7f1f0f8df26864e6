namespace Kith.Cli.Tests;

public class CliSmokeTests
{
    [Fact]
    public async Task Run_WithNoArguments_Succeeds()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(0, await KithCli.RunAsync([], output, error));
    }
}
