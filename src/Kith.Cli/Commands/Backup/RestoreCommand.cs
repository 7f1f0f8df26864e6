using System.CommandLine;
using Kith.Core.Backup;
using Kith.Core.Common;
using Kith.Core.Import;

namespace Kith.Cli.Commands.Backup;

/// <summary><c>kith restore backup.json</c>: a backup back into an empty database, whole or not at all.</summary>
internal static class RestoreCommand
{
    private const string Summary = "Restore a backup made by 'kith backup' into an empty database.";

    private const string Details = """
        Only into a database where nothing is recorded yet (nobody but you): a restore never
        mixes with or replaces what is there. It runs in one transaction, so a damaged file
        restores nothing; the error names the line.

        Examples:
          kith --db ~/kith-restored.db restore kith-backup-2026-03-16.json
          KITH_DB=new.db kith restore backup.json
        """;

    /// <summary>The <c>--json</c> shape: the rows restored, by kind.</summary>
    internal sealed record Restored(string File, IReadOnlyDictionary<string, int> Rows);

    public static Command Create(CommandRunner runner)
    {
        var file = new Argument<string>("file") { Description = "The backup file (.json) to restore." };
        var command = new KithCommand("restore", Summary, Details) { file };

        command.SetAction((parse, ct) => runner.RunAsync(parse, new FieldLabels(), async (scope, ct) =>
        {
            var path = parse.GetValue(file) ?? "";
            InputFile.Check(path);
            BackupCounts counts;
            try
            {
                await using var stream = File.OpenRead(path);
                counts = await scope.Get<BackupService>().RestoreAsync(stream, ct);
            }
            catch (ImportFileException e)
            {
                throw InputFile.Unreadable(path, e, "restored");
            }
            catch (ValidationFailedException e)
            {
                // The one rule a restore has: the database must be empty. The service says why; add how.
                var why = string.Join(" ", e.Errors.Values.SelectMany(m => m));
                throw new UserError($"{why}\nNothing was restored. For example: kith --db ~/kith-restored.db restore {path}");
            }

            if (scope.Json)
            {
                scope.Terminal.Json(new Restored(Path.GetFullPath(path), counts.Rows));
                return;
            }
            scope.Terminal.Line($"Restored {Path.GetFileName(path)}:");
            foreach (var line in CountLines.Lines(counts.Rows))
                scope.Terminal.Line(line);
        }, ct));
        return command;
    }
}
