using Kith.Core.Import;
using Kith.Core.Import.Formats;

namespace Kith.Core.Tests.Import.Formats;

public class LinkedInCsvTests
{
    private static Task<List<ReadRow>> ReadFile(string name) => CsvSamples.ReadFileAsync(name, t => LinkedInCsv.ReadAsync(t));
    private static Task<List<ReadRow>> ReadText(string csv) => CsvSamples.ReadTextAsync(csv, t => LinkedInCsv.ReadAsync(t));

    [Fact]
    public async Task ReadAsync_2024ExportWithThreeNoteLines_ReadsEveryConnection()
    {
        var rows = await ReadFile("linkedin-2024.csv");

        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Empty(r.Errors));
        var ana = rows.Person("Ana Lima");
        Assert.Equal(5, ana.Line);
        Assert.Equal("Acme, Inc.", ana.Organisation);
        Assert.Equal("Head of Finance", ana.JobTitle);
        Assert.Equal("https://www.linkedin.com/in/ana-lima", ana.LinkedInUrl);
        Assert.Equal(new DateOnly(2024, 10, 9), ana.MetOn);
        Assert.Equal("ana.lima@example.com", Assert.Single(ana.Emails).Value);
    }

    [Fact]
    public async Task ReadAsync_QuotesCommasAndEmoji_SurviveIntact()
    {
        var rows = await ReadFile("linkedin-2024.csv");

        var bruno = rows.Person("Bruno O\"Neil 🚀");
        Assert.Equal("O\"Neil 🚀", bruno.LastName);
        Assert.Equal("Senior Engineer, \"Platform\"", bruno.JobTitle);
        Assert.Empty(bruno.Emails);
        Assert.Equal(new DateOnly(2023, 3, 15), bruno.MetOn);
    }

    [Fact]
    public async Task ReadAsync_SpacesAroundCells_AreTrimmed()
    {
        var rows = await ReadFile("linkedin-2024.csv");

        var chloe = rows.Person("Chloé Dupont");
        Assert.Equal("Chloé", chloe.FirstName);
        Assert.Null(chloe.Organisation);
        Assert.Null(chloe.JobTitle);
    }

    [Fact]
    public async Task ReadAsync_2018ExportWithoutUrlOrNotes_ReadsMonthFirstDatesWithTimes()
    {
        var rows = await ReadFile("linkedin-2018.csv");

        Assert.Equal(2, rows.Count);
        var dmitri = rows.Person("Dmitri Ivanov");
        Assert.Equal(2, dmitri.Line);
        Assert.Equal(new DateOnly(2018, 1, 8), dmitri.MetOn);
        Assert.Null(dmitri.LinkedInUrl);
        Assert.Equal("Initech", dmitri.Organisation);
        Assert.Equal("CFO", dmitri.JobTitle);
        Assert.Equal(new DateOnly(2017, 12, 24), rows.Person("Eve Nakamura").MetOn);
    }

    [Fact]
    public async Task ReadAsync_RowsBlankButForTheDate_AreSkippedWithAReason()
    {
        var rows = await ReadFile("linkedin-blank-rows.csv");

        Assert.Equal(4, rows.Count);
        var skipped = rows.Where(r => r.SkipReason is not null).ToList();
        Assert.Equal([6, 7], skipped.Select(r => r.Line));
        Assert.All(skipped, r =>
        {
            Assert.Null(r.Record);
            Assert.Empty(r.Errors);
            Assert.Equal("no name, only a date (a connection LinkedIn no longer shows)", r.SkipReason);
        });
        Assert.Equal(new DateOnly(2019, 11, 30), rows.Person("Gus Pereira").MetOn);
    }

    [Fact]
    public async Task ReadAsync_DateLinkedInNeverWrote_IsARowErrorNamingTheColumn()
    {
        var rows = await ReadText("First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Lima,,,,,someday\n");

        var row = Assert.Single(rows);
        var error = Assert.Single(row.Errors);
        Assert.Equal("Connected On", error.Field);
        Assert.Equal("'someday' is not a date like 09 Oct 2024.", error.Message);
        Assert.Equal("Ana", row.Record!.FirstName);
    }

    [Fact]
    public async Task ReadAsync_RowWithACompanyButNoName_IsARowError()
    {
        var rows = await ReadText("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n,,,,Acme,,09 Oct 2024\n");

        var error = Assert.Single(Assert.Single(rows).Errors);
        Assert.Equal("First Name", error.Field);
    }

    [Fact]
    public async Task ReadAsync_MoreCellsThanColumns_IsARowErrorAndFewerAreEmpty()
    {
        var rows = await ReadText(
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" +
            "Ana,Lima,,,Acme, Inc.,CFO,09 Oct 2024\n" +
            "Ben,Okafor\n");

        // The unquoted comma shifts "CFO" into Connected On as well: the user sees both.
        Assert.Equal(["column 8", "Connected On"], rows[0].Errors.Select(e => e.Field));
        Assert.Contains("only 7 columns", rows[0].Errors[0].Message, StringComparison.Ordinal);
        Assert.Empty(rows[1].Errors);
        Assert.Null(rows[1].Record!.MetOn);
        Assert.Equal(3, rows[1].Line);
    }

    [Fact]
    public async Task ReadAsync_ColumnsInAnotherOrder_AreFoundByName()
    {
        var rows = await ReadText("Connected On,Company,Last Name,First Name\n09 Oct 2024,Acme,Lima,Ana\n");

        var ana = rows.Person("Ana Lima");
        Assert.Equal("Acme", ana.Organisation);
        Assert.Equal(new DateOnly(2024, 10, 9), ana.MetOn);
    }
}
