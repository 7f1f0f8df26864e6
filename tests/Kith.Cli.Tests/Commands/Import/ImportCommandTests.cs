using Spectre.Console;

namespace Kith.Cli.Tests.Commands.Import;

public sealed class ImportCommandTests : IDisposable
{
    /// <summary>
    /// The shape of a LinkedIn export: two note lines and a blank one before the header, a company
    /// with a comma, a title with quotes, an emoji, and a row blank but for the date.
    /// </summary>
    private const string LinkedIn = """"
        Notes:
        "When exporting your connection data, you may notice that some of the email addresses are missing."

        First Name,Last Name,URL,Email Address,Company,Position,Connected On
        Ana,Lima,https://www.linkedin.com/in/ana-lima,ana@example.org,"Acme, Inc.",CFO,09 Oct 2024
        Bruno,Costa 🚀,https://www.linkedin.com/in/bruno-costa,,Globex,"Head of ""Data""",12 Jan 2025
        ,,,,,,15 Mar 2023
        Carla,Dias,https://www.linkedin.com/in/carla-dias,,Initech,Engineer,01 Feb 2026

        """";

    private readonly CliTestHost _kith = new();

    public void Dispose() => _kith.Dispose();

    [Fact]
    public async Task Import_LinkedInWithYes_AddsThePeopleShownByFindAndShow()
    {
        var file = _kith.WriteFile("Connections.csv", LinkedIn);

        var output = await _kith.OkAsync("import", file, "--yes");

        Assert.StartsWith("Connections.csv: LinkedIn connections, 4 rows.\n", output, StringComparison.Ordinal);
        Assert.Matches(@"│ new\s+│\s+3 │ added as new people", output);
        Assert.Matches(@"│ ignored\s+│\s+1 │ no person in the row", output);
        Assert.Contains("Imported Connections.csv: 3 people created, 0 updated, 0 merged, 0 unchanged, 1 skipped.", output, StringComparison.Ordinal);
        Assert.Equal(3, await _kith.PeopleCountAsync());

        var found = await _kith.OkAsync("find");
        Assert.Contains("Acme, Inc. · CFO", found, StringComparison.Ordinal);
        Assert.Contains("Bruno Costa 🚀", found, StringComparison.Ordinal);
        var ana = await _kith.OkAsync("show", "Ana Lima");
        Assert.Contains("ana@example.org", ana, StringComparison.Ordinal);
        Assert.Contains("2024-10-09", ana, StringComparison.Ordinal);
        Assert.Contains("https://www.linkedin.com/in/ana-lima", ana, StringComparison.Ordinal);
        var bruno = await _kith.OkAsync("show", "bruno");
        Assert.Contains("Globex · Head of \"Data\"", bruno, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_SameFileTwice_FindsNothingNewAndNoDuplicates()
    {
        var file = _kith.WriteFile("Connections.csv", LinkedIn);
        await _kith.OkAsync("import", file, "--yes");

        var again = await _kith.OkAsync("import", file, "--yes");

        Assert.Matches(@"│ new\s+│\s+0 │", again);
        Assert.Matches(@"│ unchanged\s+│\s+3 │", again);
        Assert.Contains("Nothing to import: no one in the file is new or has anything to add.", again, StringComparison.Ordinal);
        Assert.DoesNotContain("Imported", again, StringComparison.Ordinal);
        Assert.Equal(3, await _kith.PeopleCountAsync());
        Assert.Equal("No duplicates found.\n", await _kith.OkAsync("duplicates"));
    }

    [Fact]
    public async Task Import_DryRun_ShowsThePreviewAndImportsNothing()
    {
        var file = _kith.WriteFile("Connections.csv", LinkedIn);

        var output = await _kith.OkAsync("import", file, "--dry-run");

        Assert.Matches(@"│ new\s+│\s+3 │", output);
        Assert.EndsWith("\nDry run: nothing was imported.\n", output, StringComparison.Ordinal);
        Assert.Equal(0, await _kith.PeopleCountAsync());
    }

    [Fact]
    public async Task Import_NoTerminalAndNoYes_ImportsNothingAndSaysHowToConfirm()
    {
        var file = _kith.WriteFile("Connections.csv", LinkedIn);

        var result = await _kith.RunAsync("import", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"│ new\s+│\s+3 │", result.Output);
        Assert.Contains("error: nothing was imported: standard input is not a terminal, so no one can answer 'Import? [y/N]'. Run again with --yes to go ahead.",
            result.Error, StringComparison.Ordinal);
        Assert.Equal(0, await _kith.PeopleCountAsync());
    }

    [Fact]
    public async Task Import_AnsweredYesAtTheTerminal_Imports()
    {
        var file = _kith.WriteFile("Connections.csv", LinkedIn);

        var result = await _kith.RunAnsweringAsync("y", "import", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Import? [y/N] ", result.Error);
        Assert.Contains("Imported Connections.csv: 3 people created", result.Output, StringComparison.Ordinal);
        Assert.Equal(3, await _kith.PeopleCountAsync());
    }

    [Fact]
    public async Task Import_AnsweredNoAtTheTerminal_ImportsNothing()
    {
        var file = _kith.WriteFile("Connections.csv", LinkedIn);

        var result = await _kith.RunAnsweringAsync("", "import", file);

        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith("\nNothing was imported.\n", result.Output, StringComparison.Ordinal);
        Assert.Equal(0, await _kith.PeopleCountAsync());
    }

    [Fact]
    public async Task Import_StandardErrorAtATerminal_DrawsProgressForReadingAndWriting()
    {
        var file = _kith.WriteFile("Connections.csv", LinkedIn);
        using var drawn = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(drawn),
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
        });

        var result = await _kith.RunWithProgressAsync(console, "import", file, "--yes");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Reading Connections.csv (4 rows)", drawn.ToString(), StringComparison.Ordinal);
        Assert.Contains("Writing Connections.csv (4 rows)", drawn.ToString(), StringComparison.Ordinal);
        Assert.Contains("100%", drawn.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Reading", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_UnterminatedQuote_ExitsTwoWithTheLineAndImportsNothing()
    {
        var file = _kith.WriteFile("people.csv", "First Name,Last Name,E-mail\nAna,Lima,ana@example.org\n\"Bruno,Costa,bruno@example.org\nCarla,Dias,carla@example.org\n");

        var result = await _kith.RunAsync("import", file, "--yes");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"error: {file}:3: ", result.Error, StringComparison.Ordinal);
        Assert.EndsWith("\nNothing was imported.\n", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
        Assert.Equal(0, await _kith.PeopleCountAsync());
    }

    [Fact]
    public async Task Import_VCardThreeWithFoldedLinesAndTwoPhones_ShowsBothNumbersTheWholeNoteBirthdayAndAddress()
    {
        var file = _kith.WriteFile("phone.vcf", string.Join("\r\n",
            "BEGIN:VCARD",
            "VERSION:3.0",
            "N:Lima;Ana;;;",
            "FN:Ana Lima",
            "ORG:Acme;Finance",
            "TITLE:CFO",
            "TEL;TYPE=CELL:+351 912 345 678",
            "TEL;TYPE=WORK:+351 213 000 000",
            "EMAIL;TYPE=INTERNET:ana@example.org",
            "NOTE:Met at the finance conference in Lisbon\\, where she spoke on long-r",
            " ange planning.",
            "BDAY:1985-04-12",
            "ADR;TYPE=HOME:;;Rua Augusta 1;Lisboa;;1100-048;Portugal",
            "END:VCARD",
            ""));

        var output = await _kith.OkAsync("import", file, "--yes");

        Assert.StartsWith("phone.vcf: vCard, 1 row.\n", output, StringComparison.Ordinal);
        Assert.Contains("Imported phone.vcf: 1 person created", output, StringComparison.Ordinal);
        var ana = await _kith.OkAsync("show", "Ana Lima");
        Assert.Contains("+351 912 345 678, +351 213 000 000", ana, StringComparison.Ordinal);
        Assert.Contains("Acme · Finance · CFO", ana, StringComparison.Ordinal);
        Assert.Contains("Met at the finance conference in Lisbon, where she spoke on long-range planning.", ana, StringComparison.Ordinal);
        Assert.Contains("Birthday", ana, StringComparison.Ordinal);
        Assert.Contains("1985-04-12", ana, StringComparison.Ordinal);
        Assert.Contains("Rua Augusta 1", ana, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_PlainCsv_ShowsTheGuessedMappingAndMapCorrectsAColumn()
    {
        var file = _kith.WriteFile("people.csv", "First Name,Last Name,E-mail,Colour\nAna,Lima,ana@example.org,blue\n");

        var guessed = await _kith.OkAsync("import", file, "--dry-run");
        var mapped = await _kith.OkAsync("import", file, "--map", "colour=tags", "--yes");

        Assert.Contains("Columns, read as Kith guessed from their names (correct one with --map \"Column=field\"):", guessed, StringComparison.Ordinal);
        Assert.Matches(@"│ First Name │ first-name\s+│", guessed);
        Assert.Matches(@"│ Colour\s+│ ignore \(not imported\)\s+│", guessed);
        Assert.Matches(@"│ Colour\s+│ tags\s+│", mapped);
        Assert.Contains("blue", await _kith.OkAsync("show", "Ana Lima"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MapNamesAColumnTheFileLacks_ExitsTwoAndListsTheColumns()
    {
        var file = _kith.WriteFile("people.csv", "First Name,Last Name\nAna,Lima\n");

        var result = await _kith.RunAsync("import", file, "--map", "Mobile=phone", "--yes");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: --map: the file has no column 'Mobile'; its columns are 'First Name', 'Last Name'.\n", result.Error);
        Assert.Equal(0, await _kith.PeopleCountAsync());
    }

    [Fact]
    public async Task Import_RowWithAnError_ListsItOnStandardErrorAndImportsNothing()
    {
        var file = _kith.WriteFile("people.csv", "First Name,Last Name,E-mail,Birthday\nAna,Lima,ana@example.org,1985-04-12\nBruno,Costa,bruno@example.org,not a date\n");

        var result = await _kith.RunAsync("import", file, "--yes");
        var skipped = await _kith.RunAsync("import", file, "--yes", "--skip-errors");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: 1 row has errors, so nothing was imported. Fix them in the file, or run again with --skip-errors to import the other rows.\n", result.Error, StringComparison.Ordinal);
        Assert.Contains($"  {file}:3: Birthday: ", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, skipped.ExitCode);
        Assert.Matches(@"│ 3\s+│ Birthday │", skipped.Output);
        Assert.Contains("Imported people.csv: 1 person created, 0 updated, 0 merged, 0 unchanged, 1 skipped.", skipped.Output, StringComparison.Ordinal);
        Assert.Equal(1, await _kith.PeopleCountAsync());
    }

    [Fact]
    public async Task Import_PossibleDuplicate_ListsTheMatchAndHonoursOnDuplicateSkip()
    {
        var bob = await _kith.AddPersonAsync("Bob Smith", "--org", "Acme");
        var file = _kith.WriteFile("people.csv", "First Name,Last Name,Company\nBobby,Smith,Acme\n");

        var output = await _kith.OkAsync("import", file, "--on-duplicate", "skip", "--yes");

        Assert.Contains("Possible duplicates (1): left out (--on-duplicate skip).", output, StringComparison.Ordinal);
        Assert.Matches($@"│ 2\s+│ Bobby Smith · Acme\s+│ Bob Smith \(#{bob}\)\s+│ similar name", output);
        Assert.Contains("0 people created, 0 updated, 0 merged, 0 unchanged, 1 skipped.", output, StringComparison.Ordinal);
        Assert.Equal(1, await _kith.PeopleCountAsync());
    }

    [Fact]
    public async Task Import_NoSuchFile_ExitsTwoWithAClearMessage()
    {
        var missing = _kith.PathOf("nowhere.csv");

        var result = await _kith.RunAsync("import", missing, "--yes");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: <file>: there is no file {missing}.\n", result.Error);
    }

    [Fact]
    public async Task Import_UnknownFormatWord_ExitsTwoAndNamesTheChoices()
    {
        var file = _kith.WriteFile("people.csv", "First Name\nAna\n");

        var result = await _kith.RunAsync("import", file, "--format", "excel");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: --format: 'excel' is not a format; choose auto, linkedin, google, csv, vcard.\n", result.Error);
    }

    [Fact]
    public async Task Import_Json_PrintsThePreviewAndTheResult()
    {
        var file = _kith.WriteFile("Connections.csv", LinkedIn);

        var report = await _kith.JsonAsync("import", file, "--yes");

        Assert.Equal("linked-in", report.GetProperty("preview").GetProperty("format").GetString());
        Assert.Equal(3, report.GetProperty("preview").GetProperty("counts").GetProperty("new").GetInt32());
        Assert.Equal(3, report.GetProperty("result").GetProperty("created").GetInt32());
    }
}
