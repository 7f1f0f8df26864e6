using System.CommandLine;
using Kith.Bench;
using Kith.Bench.Data;

var size = new Option<string>("--size") { Description = "Data set: S (1,000 people), M (10,000) or L (100,000).", DefaultValueFactory = _ => "S" };
var data = new Option<string>("--data")
{
    Description = "Folder for the generated databases and files (made once, reused).",
    DefaultValueFactory = _ => Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "kith-bench"),
};
var iterations = new Option<int>("--iterations") { Description = "Timed runs of each query scenario (imports and backups run a tenth as often, at least 3).", DefaultValueFactory = _ => 30 };
var smoke = new Option<bool>("--smoke") { Description = "Run every scenario once and check that Kith and each baseline agree; no timing is judged. Exit code 1 if any disagree." };
var noHttp = new Option<bool>("--no-http") { Description = "Leave out the HTTP part (cold start, pages, concurrent clients, memory)." };
var output = new Option<string?>("--out") { Description = "Also write the report (Markdown) to this file." };
var only = new Option<string?>("--only") { Description = "Run only the scenarios whose name contains this text (\"import\", \"search\"); \"http\" for the HTTP part." };
var postgres = new Option<string?>("--postgres")
{
    Description = "A PostgreSQL server (connection string of a role that may create databases): the HTTP part runs again with the app on a copy of the data in a database of its own there, dropped at the end.",
};
var seed = new Option<int>("--seed") { Description = "Seed of the data generator.", DefaultValueFactory = _ => DataGenerator.DefaultSeed };

var root = new RootCommand("""
    Kith's benchmark: each scenario done by Kith and by a baseline that computes the same answer with
    the least work (hand-written SQL on the same SQLite file), with median, p95 and the ratio.
    See docs/performance.md.
    """)
{
    size, data, iterations, smoke, noHttp, only, output, seed, postgres,
};
root.SetAction(async (parse, ct) =>
{
    DataSize chosen;
    try
    {
        chosen = DataSize.Parse(parse.GetValue(size)!);
    }
    catch (ArgumentException e)
    {
        await Console.Error.WriteLineAsync($"error: --size: {e.Message}");
        return 2;
    }
    if (parse.GetValue(iterations) < 1)
    {
        await Console.Error.WriteLineAsync("error: --iterations: must be at least 1.");
        return 2;
    }
    var options = new BenchOptions(chosen, parse.GetValue(data)!, parse.GetValue(iterations), parse.GetValue(smoke), !parse.GetValue(noHttp), parse.GetValue(only), parse.GetValue(output), parse.GetValue(seed), parse.GetValue(postgres));
    return await new Bench(options, Console.Out).RunAsync(ct);
});
return await root.Parse(args).InvokeAsync();
