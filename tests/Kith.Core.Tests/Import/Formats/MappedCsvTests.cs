using Kith.Core.Common;
using Kith.Core.Import;
using Kith.Core.Import.Formats;

namespace Kith.Core.Tests.Import.Formats;

public class MappedCsvTests
{
    private static async Task<List<ReadRow>> ReadGuessed(string name)
    {
        IReadOnlyList<string> header;
        using (var text = new StreamReader(CsvSamples.PathOf(name)))
            header = await MappedCsv.ReadHeaderAsync(text);
        var mapping = MappedCsv.Guess(header);
        return await CsvSamples.ReadFileAsync(name, t => MappedCsv.ReadAsync(t, mapping));
    }

    private static ColumnMapping Map(params (string Column, string Field)[] pairs) =>
        new(pairs.ToDictionary(p => p.Column, p => p.Field));

    [Fact]
    public async Task ReadHeaderAsync_HeaderAfterBlankLines_ReturnsItsTrimmedCells()
    {
        var header = await MappedCsv.ReadHeaderAsync(new StringReader("\n\n Name , E-mail\nAna,ana@example.com\n"));

        Assert.Equal(["Name", "E-mail"], header);
    }

    [Fact]
    public void Guess_OddlyWrittenHeaders_MapToFields()
    {
        var mapping = MappedCsv.Guess(
            ["Given name", "SURNAME", "E-mail Address", "Work Phone", "Mobile", "Organization", "Job Title", "Date met",
             "Birthday", "Labels", "Comments", "Internal ID", "e_mail 2", "Tel.", "Company", "Position", "Full Name", "LinkedIn"]);

        Assert.Equal(ContactFields.FirstName, mapping.FieldOf("Given name"));
        Assert.Equal(ContactFields.LastName, mapping.FieldOf("SURNAME"));
        Assert.Equal(ContactFields.Email, mapping.FieldOf("E-mail Address"));
        Assert.Equal(ContactFields.Email, mapping.FieldOf("e_mail 2"));
        Assert.Equal(ContactFields.Phone, mapping.FieldOf("Work Phone"));
        Assert.Equal(ContactFields.Phone, mapping.FieldOf("Mobile"));
        Assert.Equal(ContactFields.Phone, mapping.FieldOf("Tel."));
        Assert.Equal(ContactFields.Organisation, mapping.FieldOf("Organization"));
        Assert.Equal(ContactFields.Organisation, mapping.FieldOf("Company"));
        Assert.Equal(ContactFields.JobTitle, mapping.FieldOf("Job Title"));
        Assert.Equal(ContactFields.JobTitle, mapping.FieldOf("Position"));
        Assert.Equal(ContactFields.MetOn, mapping.FieldOf("Date met"));
        Assert.Equal(ContactFields.Birthday, mapping.FieldOf("Birthday"));
        Assert.Equal(ContactFields.Tags, mapping.FieldOf("Labels"));
        Assert.Equal(ContactFields.Notes, mapping.FieldOf("Comments"));
        Assert.Equal(ContactFields.FullName, mapping.FieldOf("Full Name"));
        Assert.Equal(ContactFields.LinkedInUrl, mapping.FieldOf("LinkedIn"));
        Assert.Equal(ContactFields.Ignore, mapping.FieldOf("Internal ID"));
    }

    [Fact]
    public void Guess_KithsOwnExportHeader_MapsEveryColumnBackOneToOne()
    {
        var output = new StringWriter();
        ContactCsv.WriteHeader(output);
        var header = output.ToString().TrimEnd().Split(',');

        var mapping = MappedCsv.Guess(header);

        Assert.Equal(
            [ContactFields.FirstName, ContactFields.LastName, ContactFields.Nickname, ContactFields.Email, ContactFields.Phone,
             ContactFields.Organisation, ContactFields.Department, ContactFields.JobTitle, ContactFields.Website,
             ContactFields.LinkedInUrl, ContactFields.MetOn, ContactFields.Birthday, ContactFields.Tags, ContactFields.Notes],
            header.Select(mapping.FieldOf));
    }

    [Fact]
    public async Task ReadAsync_GuessedMapping_ReadsEveryMappedColumn()
    {
        var rows = await ReadGuessed("mapped.csv");

        var hana = rows.Person("Hana Kim");
        Assert.Empty(rows[0].Errors);
        Assert.Equal("hana@example.kr", Assert.Single(hana.Emails).Value);
        Assert.Equal(["+82 2 1234 5678", "+82 10 9876 5432"], hana.Phones.Select(p => p.Value));
        Assert.Equal("Samsung", hana.Organisation);
        Assert.Equal("Designer", hana.JobTitle);
        Assert.Equal(new DateOnly(2023, 5, 17), hana.MetOn);
        Assert.Equal(new DateOnly(1990, 4, 12), hana.Birthday);
        Assert.Equal(["design", "mentors"], hana.Tags);
        Assert.Equal("Met at a UX meetup", hana.Notes);
    }

    [Fact]
    public async Task ReadAsync_SeveralAddressesInOneCellAndMonthFirstDate_AreRead()
    {
        var ivo = (await ReadGuessed("mapped.csv")).Person("Ivo");

        Assert.Equal(["ivo@example.hr", "ivo.work@example.hr"], ivo.Emails.Select(e => e.Value));
        Assert.Equal(new DateOnly(2021, 3, 4), ivo.MetOn);
        Assert.Equal("Said \"hi\", then left", ivo.Notes);
    }

    [Fact]
    public async Task ReadAsync_RowWithOnlyAnIgnoredColumn_IsSkippedAndABadDateIsAnError()
    {
        var rows = await ReadGuessed("mapped.csv");

        Assert.Equal(4, rows.Count);
        var skipped = Assert.Single(rows, r => r.SkipReason is not null);
        Assert.Equal(4, skipped.Line);
        var bad = Assert.Single(rows, r => r.Errors.Count > 0);
        Assert.Equal(5, bad.Line);
        Assert.Equal(new RowError("Date met", "'last spring' is not a date like 2024-10-09, 09 Oct 2024 or 10/9/2024."), Assert.Single(bad.Errors));
    }

    [Fact]
    public async Task ReadAsync_FullNameColumn_SplitsAtTheLastSpace()
    {
        var rows = await CsvSamples.ReadTextAsync("Contact,Mail\nAna Maria Lima,ana@example.com\nMadonna,\n",
            t => MappedCsv.ReadAsync(t, Map(("Contact", ContactFields.FullName), ("Mail", ContactFields.Email))));

        var ana = rows.Person("Ana Maria Lima");
        Assert.Equal(("Ana Maria", "Lima"), (ana.FirstName, ana.LastName));
        var madonna = rows.Person("Madonna");
        Assert.Null(madonna.LastName);
    }

    [Fact]
    public async Task ReadAsync_SeveralColumnsForTags_CollectsThemAll()
    {
        var rows = await CsvSamples.ReadTextAsync("Name,Group,Tags\nAna,finance,\"mentor; friends, finance\"\n",
            t => MappedCsv.ReadAsync(t, Map(("Name", ContactFields.FirstName), ("Group", ContactFields.Tags), ("Tags", ContactFields.Tags))));

        Assert.Equal(["finance", "mentor", "friends"], rows.Person("Ana").Tags);
    }

    [Fact]
    public async Task ReadAsync_MappingNamesAMissingColumn_ThrowsKeyedMappingWithTheColumns()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            CsvSamples.ReadTextAsync("Name,Mail\nAna,a@example.com\n", t => MappedCsv.ReadAsync(t, Map(("E-mail", ContactFields.Email)))));

        var message = Assert.Single(error.Errors["Mapping"]);
        Assert.Equal("There is no column 'E-mail' in the file; its columns are 'Name', 'Mail'.", message);
    }

    [Fact]
    public async Task ReadAsync_MappingToAnUnknownField_ThrowsKeyedMapping()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            CsvSamples.ReadTextAsync("Name,Mail\nAna,a@example.com\n", t => MappedCsv.ReadAsync(t, Map(("Mail", "e-mail-address")))));

        Assert.StartsWith("'e-mail-address' (for column 'Mail') is not a field Kith knows", Assert.Single(error.Errors["Mapping"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_NoColumnMappedToAName_EveryRowSaysSo()
    {
        var rows = await CsvSamples.ReadTextAsync("Mail\na@example.com\n", t => MappedCsv.ReadAsync(t, Map(("Mail", ContactFields.Email))));

        var error = Assert.Single(Assert.Single(rows).Errors);
        Assert.Equal(ContactFields.FirstName, error.Field);
        Assert.Contains("no name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_BirthdayShapes_AreReadOrReportedWithTheColumn()
    {
        var rows = await CsvSamples.ReadTextAsync("Name,Born\nA,1985-04-12\nB,--04-12\nC,4/12/1985\nD,the eighties\n",
            t => MappedCsv.ReadAsync(t, Map(("Name", ContactFields.FirstName), ("Born", ContactFields.Birthday))));

        Assert.Equal(new DateOnly(1985, 4, 12), rows[0].Record!.Birthday);
        Assert.Equal(["BDAY:--0412"], rows[1].Record!.Extras);
        Assert.Equal(new DateOnly(1985, 4, 12), rows[2].Record!.Birthday);
        Assert.Equal("Born", Assert.Single(rows[3].Errors).Field);
    }

    [Fact]
    public async Task ReadAsync_ApostropheBeforeAFormulaInAnotherFile_IsKeptAsWritten()
    {
        // Only Kith's own export is known to carry the formula guard; elsewhere the apostrophe is data.
        var rows = await CsvSamples.ReadTextAsync("Name,Notes\nAna,'=1+1\n",
            t => MappedCsv.ReadAsync(t, Map(("Name", ContactFields.FirstName), ("Notes", ContactFields.Notes))));

        Assert.Equal("'=1+1", rows.Person("Ana").Notes);
    }
}
