using Kith.Cli.Commands.Import;
using Kith.Core.Import;
using Spectre.Console;

namespace Kith.Cli.Tests.Commands.Import;

public sealed class ImportProgressBarTests
{
    [Fact]
    public async Task RunAsync_ReportsInTwoPhases_DrawsABarForEachToTheEnd()
    {
        using var drawn = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(drawn),
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
        });

        var result = await ImportProgressBar.RunAsync(console, "big [1].csv", 1000, async progress =>
        {
            progress!.Report(new ImportProgress("reading", 250, 400, 1000));
            await Task.Delay(150);
            progress.Report(new ImportProgress("reading", 30_000, 1000, 1000));
            progress.Report(new ImportProgress("writing", 30_000, 1000, 1000));
            return 42;
        });

        Assert.Equal(42, result);
        Assert.Contains("Reading big [1].csv (30,000 rows)", drawn.ToString(), StringComparison.Ordinal);
        Assert.Contains("Writing big [1].csv (30,000 rows)", drawn.ToString(), StringComparison.Ordinal);
        Assert.Contains("100%", drawn.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NoConsole_GivesTheWorkNoProgress()
    {
        IProgress<ImportProgress>? given = new Progress<ImportProgress>();

        await ImportProgressBar.RunAsync(null, "a.csv", 10, progress => { given = progress; return Task.FromResult(0); });

        Assert.Null(given);
    }
}
