using System.CommandLine;
using Kith.Core.Import;
using Kith.Core.People;

namespace Kith.Cli.Commands.Import;

/// <summary><c>kith export</c>: everyone as CSV or vCard 4.0, or one person's card, to standard output or a file.</summary>
internal static class ExportCommand
{
    private const string Summary = "Export people as CSV or vCard 4.0, to standard output or a file.";

    private const string Details = """
        CSV (the default) has one row per person, with columns 'kith import' maps back by itself;
        vCard 4.0 keeps e-mails, phones, addresses, birthday, photo, and the properties of imported
        cards that Kith does not use. --person exports one person's card; '--person me' is your
        own, which the other exports leave out. --json needs -o: it then reports where the
        export went.

        Examples:
          kith export -o people.csv
          kith export --format vcard -o people.vcf
          kith export --person "Ana Lima" > ana.vcf
        """;

    /// <summary>The <c>--json</c> shape: where the export went.</summary>
    internal sealed record Export(string File, string Format, PersonRef? Person);

    public static Command Create(CommandRunner runner)
    {
        var format = CliOptions.Text("--format", "csv (the default) or vcard; with --person, vcard.", "format");
        var person = CliOptions.Text("--person", "Only this person's card (an id, a name, or me), as vCard.", "person");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output.", HelpName = "file" };
        var command = new KithCommand("export", Summary, Details) { format, person, output };

        command.SetAction((parse, ct) => runner.RunAsync(parse, new FieldLabels(), async (scope, ct) =>
        {
            var typedPerson = parse.GetValue(person);
            var vcard = parse.GetValue(format)?.Trim().ToLowerInvariant() switch
            {
                null => typedPerson is not null,
                "vcard" => true,
                "csv" when typedPerson is not null => throw new UserError("--person: one person is exported as a vCard; leave out --format csv."),
                "csv" => false,
                var other => throw new UserError($"--format: '{other}' is not an export format; choose csv or vcard."),
            };
            var file = parse.GetValue(output);
            if (scope.Json && file is null)
                throw new UserError("--json: the export itself goes to standard output; give -o <file> for a JSON report of where it went.");

            var who = typedPerson is null ? null
                : string.Equals(typedPerson.Trim(), "me", StringComparison.OrdinalIgnoreCase) ? await MeAsync(scope, ct)
                : await scope.PersonAsync(typedPerson, "--person", ct);
            var exports = scope.Get<ExportService>();
            Task WriteAsync(TextWriter writer) => vcard ? exports.WriteVCardsAsync(writer, who?.Id, ct) : exports.WriteCsvAsync(writer, ct);

            if (file is null)
            {
                await WriteAsync(scope.Terminal.Out);
                return;
            }
            await OutputFile.WriteTextAsync(file, WriteAsync, ct);
            var formatName = vcard ? "vcard" : "csv";
            if (scope.Json)
                scope.Terminal.Json(new Export(Path.GetFullPath(file), formatName, who));
            else
                scope.Terminal.Line(who is null
                    ? $"Exported everyone as {(vcard ? "vCard 4.0" : "CSV")} to {file}."
                    : $"Exported {who.DisplayName} (#{who.Id}) as a vCard 4.0 to {file}.");
        }, ct));
        return command;
    }

    private static async Task<PersonRef> MeAsync(CommandScope scope, CancellationToken ct)
    {
        var me = await scope.Get<PeopleService>().GetMeAsync(ct);
        return new PersonRef(me.Id, me.DisplayName);
    }
}
