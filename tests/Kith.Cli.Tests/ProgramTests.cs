using System.Diagnostics;

namespace Kith.Cli.Tests;

/// <summary>Runs the built <c>kith</c> as a separate process: what a shell or a script actually gets back.</summary>
public sealed class ProgramTests : IDisposable
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"kith-process-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_database + suffix);
    }

    [Fact]
    public async Task Kith_AsAProcess_ReturnsItsExitCodesToTheShell()
    {
        var invalid = await RunAsync("add", "Bob", "--email", "bob@");
        var added = await RunAsync("add", "Ana Lima", "--role", "mentor");
        var missing = await RunAsync("show", "Zed");
        var found = await RunAsync("find");

        Assert.Equal((2, "error: --email: 'bob@' is not a valid e-mail address."), (invalid.ExitCode, invalid.Error.Trim()));
        Assert.Equal(0, added.ExitCode);
        Assert.Equal(3, missing.ExitCode);
        Assert.Equal(0, found.ExitCode);
        Assert.Contains("Ana Lima", found.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Bob", found.Output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', found.Output);
    }

    private async Task<CliResult> RunAsync(params string[] args)
    {
        // kith.dll is copied next to the tests by the project reference.
        var kith = Path.Combine(AppContext.BaseDirectory, "kith.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { kith, "--db", _database }.Concat(args))
            start.ArgumentList.Add(arg);

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await output, await error);
    }
}
