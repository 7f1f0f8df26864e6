using System.CommandLine;
using Kith.Core.Import;

namespace Kith.Cli.Commands.Import;

/// <summary>
/// <c>kith import Connections.csv</c>: a preview of what would happen to every row, a question,
/// then the import in one transaction — all of the file or none of it.
/// </summary>
internal static class ImportCommand
{
    private const string Summary = "Import people from a LinkedIn, Google Contacts or other CSV, or a vCard file, after a preview.";

    private const string Details = """
        First a preview: how many rows are new, update someone already here, are unchanged, look
        like someone already here (possible duplicates), have errors or hold no person; the
        duplicates and the errors are listed. Then "Import? [y/N]", and the import runs in one
        transaction: everything or nothing. Importing the same file again finds everyone already
        here and adds no one twice.

        Without --format the file's first lines decide. A plain CSV is read through a mapping of
        its columns to fields that Kith guesses from the column names; the preview shows it, and
        --map corrects one column at a time. Fields: first-name, last-name, full-name, nickname,
        email, phone, organisation, department, job-title, notes, website, linkedin-url, met-on,
        birthday, tags, ignore.

        Without a terminal to answer the question (in a script), give --yes, or nothing is imported.

        Examples:
          kith import Connections.csv --tag linkedin-2026
          kith import contacts.vcf --no-photos --dry-run
          kith import people.csv --map "Surname=last-name" --map "Mobile=phone" --yes
          kith import google.csv --on-duplicate skip --skip-errors
        """;

    public static Command Create(CommandRunner runner)
    {
        var file = new Argument<string>("file") { Description = "The file to read: a .csv or a .vcf." };
        var format = CliOptions.Text("--format", "auto (the default: decided from the file), linkedin, google, csv or vcard.", "format");
        var map = CliOptions.List("--map", "For a plain CSV: read this column as this field, e.g. \"Surname=last-name\" (other columns keep their guess).", "Column=field");
        var tag = CliOptions.Text("--tag", "Add this tag to everyone the import creates or updates.", "tag");
        var noPhotos = CliOptions.Flag("--no-photos", "Leave out the pictures in a vCard file.");
        var onDuplicate = CliOptions.Text("--on-duplicate", "What to do with a row that looks like someone already here: merge (the default), keep-both or skip.", "choice");
        var skipErrors = CliOptions.Flag("--skip-errors", "Import the other rows when some have errors (without it, any error stops the import).");
        var yes = new Option<bool>("--yes", "-y") { Description = "Import without asking after the preview." };
        var dryRun = CliOptions.Flag("--dry-run", "Show the preview only; import nothing.");

        var command = new KithCommand("import", Summary, Details) { file, format, map, tag, noPhotos, onDuplicate, skipErrors, yes, dryRun };
        var labels = new FieldLabels { ["Format"] = "--format", ["Mapping"] = "--map", ["Tag"] = "--tag" };

        command.SetAction((parse, ct) => runner.RunAsync(parse, labels, async (scope, ct) =>
        {
            var path = parse.GetValue(file) ?? "";
            var length = InputFile.Check(path);
            var typed = parse.GetValue(map) ?? [];
            var options = new ImportOptions
            {
                Format = ImportWords.Format(parse.GetValue(format)),
                KeepPhotos = !parse.GetValue(noPhotos),
                Tag = parse.GetValue(tag),
            };
            var choices = new ImportChoices
            {
                PossibleDuplicates = ImportWords.Choice(parse.GetValue(onDuplicate)),
                SkipErrors = parse.GetValue(skipErrors),
            };
            var run = new ImportRun(scope, path, length, options, choices, typed);
            await run.ExecuteAsync(parse.GetValue(yes), parse.GetValue(dryRun), ct);
        }, ct));
        return command;
    }
}
