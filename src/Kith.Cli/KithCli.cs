namespace Kith.Cli;

/// <summary>The <c>kith</c> command: the same services as the web app, on the same database.</summary>
public static class KithCli
{
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        _ = args;
        _ = error;
        output.WriteLine("kith");
        return Task.FromResult(0);
    }
}
