using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.Backup;

namespace Kith.Cli.Commands.Backup;

/// <summary><c>kith backup</c>: everything in the account as one JSON document, to a dated file or standard output.</summary>
internal static class BackupCommand
{
    private const string Summary = "Back up everything (people, interactions, cadences, follow-ups, goals, mentors, plans…) to one JSON file.";

    private static readonly string Details = $"""
        The backup holds the whole account with a schema version ({BackupService.SchemaVersion}); 'kith restore'
        brings it back into an empty database exactly as it was. Without -o it goes to
        kith-backup-YYYY-MM-DD.json in the current folder (today's date), and an existing file of
        that name is never replaced; -o names the file (and replaces it), -o - writes to standard
        output. What it holds is counted on standard error. It holds your private notes: keep it
        somewhere only you can read.

        Examples:
          kith backup
          kith backup -o ~/backups/kith.json
          kith backup -o - | gzip > kith.json.gz
        """;

    /// <summary>The <c>--json</c> shape (with a file): where the backup went and what it holds.</summary>
    internal sealed record Written(string File, IReadOnlyDictionary<string, int> Rows);

    public static Command Create(CommandRunner runner)
    {
        var output = new Option<string?>("--output", "-o") { Description = "Write the backup to this file (replacing it), or - for standard output.", HelpName = "file" };
        var command = new KithCommand("backup", Summary, Details) { output };

        command.SetAction((parse, ct) => runner.RunAsync(parse, new FieldLabels(), async (scope, ct) =>
        {
            var backups = scope.Get<BackupService>();
            var typed = parse.GetValue(output);
            if (typed == "-")
            {
                await using var stdout = new WriterStream(scope.Terminal.Out);
                var counter = new ArrayCounter(stdout);
                await backups.WriteAsync(counter, ct);
                await counter.FlushAsync(ct);
                Report(scope.Terminal.Error, "standard output", counter.Counts);
                return;
            }

            var file = typed ?? $"kith-backup-{Formats.Day(await scope.TodayAsync(ct))}.json";
            if (typed is null && File.Exists(file))
                throw new UserError($"{file} already exists and is not replaced; give -o <file> to choose another name, or -o {file} to replace it.");
            var counts = new Dictionary<string, int>();
            await OutputFile.WriteAsync(file, async stream =>
            {
                var counter = new ArrayCounter(stream);
                await backups.WriteAsync(counter, ct);
                await counter.FlushAsync(ct);
                counts = counter.Counts;
            }, ct);

            if (scope.Json)
                scope.Terminal.Json(new Written(Path.GetFullPath(file), counts));
            Report(scope.Terminal.Error, file, counts);
        }, ct));
        return command;
    }

    /// <summary>On standard error, so that with -o - standard output is the backup and nothing else.</summary>
    private static void Report(TextWriter error, string where, IReadOnlyDictionary<string, int> counts)
    {
        error.WriteLine($"Backed up to {where}:");
        foreach (var line in CountLines.Lines(counts))
            error.WriteLine(line);
    }
}
