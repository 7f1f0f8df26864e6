using Kith.Core.Import;
using Kith.Core.Import.Formats;

namespace Kith.Core.Tests.Import.Formats;

public class GoogleCsvTests
{
    private static Task<List<ReadRow>> ReadFile(string name) => CsvSamples.ReadFileAsync(name, t => GoogleCsv.ReadAsync(t));

    [Fact]
    public async Task ReadAsync_NewExport_ReadsNamesOrganisationAndNotes()
    {
        var rows = await ReadFile("google-new.csv");

        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Empty(r.Errors));
        var ana = rows.Person("Ana Maria Lima");
        Assert.Equal("Ana Maria", ana.FirstName);
        Assert.Equal("Aninha", ana.Nickname);
        Assert.Equal("Acme", ana.Organisation);
        Assert.Equal("CFO", ana.JobTitle);
        Assert.Equal("Finance", ana.Department);
        Assert.Equal(new DateOnly(1985, 4, 12), ana.Birthday);
        Assert.Equal("Met at the finance summit, 2019.\r\nLikes \"long\" walks.", ana.Notes);
    }

    [Fact]
    public async Task ReadAsync_NewExport_SplitsSeveralAddressesInOneCellAndKeepsLabels()
    {
        var ana = (await ReadFile("google-new.csv")).Person("Ana Maria Lima");

        Assert.Equal(
            [new LabelledValue("ana@acme.example", "work"), new LabelledValue("ana.lima@example.com", "home"), new LabelledValue("ana@example.net", "home")],
            ana.Emails);
        Assert.Equal([new LabelledValue("+44 7700 900123", "mobile"), new LabelledValue("+44 20 7946 0000", "work")], ana.Phones);
    }

    [Fact]
    public async Task ReadAsync_NewExport_ReadsTheAddressParts()
    {
        var ana = (await ReadFile("google-new.csv")).Person("Ana Maria Lima");

        var address = Assert.Single(ana.Addresses);
        Assert.Equal(new ContactAddress("home", null, "Flat 2", "1 High St", "London", null, "N1 1AA", "United Kingdom"), address);
    }

    [Fact]
    public async Task ReadAsync_Websites_LinkedInGoesToItsOwnField()
    {
        var ana = (await ReadFile("google-new.csv")).Person("Ana Maria Lima");

        Assert.Equal("https://www.linkedin.com/in/ana-lima", ana.LinkedInUrl);
        Assert.Equal("https://ana.example.com", ana.Website);
    }

    [Fact]
    public async Task ReadAsync_Labels_BecomeTagsWithoutMyContacts()
    {
        var rows = await ReadFile("google-new.csv");

        Assert.Equal(["starred", "Book Club"], rows.Person("Ana Maria Lima").Tags);
        Assert.Empty(rows.Person("Ben Okafor").Tags);
        Assert.Equal(["Friends"], rows.Person("Carla Souza").Tags);
    }

    [Fact]
    public async Task ReadAsync_BirthdayWithoutAYear_IsKeptAsAVCardLine()
    {
        var ben = (await ReadFile("google-new.csv")).Person("Ben Okafor");

        Assert.Equal(6, ben.Line);
        Assert.Null(ben.Birthday);
        Assert.Equal(["BDAY:--0730"], ben.Extras);
    }

    [Fact]
    public async Task ReadAsync_OnlyFileAs_GivesTheName()
    {
        var carla = (await ReadFile("google-new.csv")).Person("Carla Souza");

        Assert.Equal("Carla", carla.FirstName);
        Assert.Equal("Souza", carla.LastName);
        Assert.Equal("Initech", carla.Organisation);
        // Ana's row above spans lines 2–5 (a two-line note and a three-line address).
        Assert.Equal(7, carla.Line);
    }

    [Fact]
    public async Task ReadAsync_OldExport_ReadsGivenFamilyAndNumberedOrganisation()
    {
        var rows = await ReadFile("google-old.csv");

        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Empty(r.Errors));
        var dmitri = rows.Person("Dmitri Ivanov");
        Assert.Equal("Initech", dmitri.Organisation);
        Assert.Equal("Chief Financial Officer", dmitri.JobTitle);
        Assert.Equal("Finance", dmitri.Department);
        Assert.Equal(new DateOnly(1979, 11, 2), dmitri.Birthday);
        Assert.Equal("Prefers e-mail.", dmitri.Notes);
        Assert.Equal(["coworkers"], dmitri.Tags);
        Assert.Equal(new LabelledValue("dmitri@initech.example", "work"), Assert.Single(dmitri.Emails));
        Assert.Equal([new LabelledValue("+1 555 0100", "mobile"), new LabelledValue("+1 555 0199", "work")], dmitri.Phones);
    }

    [Fact]
    public async Task ReadAsync_OldExport_WebsiteWithoutSchemeAndFormattedAddress_AreKept()
    {
        var dmitri = (await ReadFile("google-old.csv")).Person("Dmitri Ivanov");

        Assert.Equal("https://linkedin.com/in/dmitri-ivanov", dmitri.LinkedInUrl);
        var address = Assert.Single(dmitri.Addresses);
        Assert.Equal("work", address.Label);
        Assert.Equal("500 Main St\r\nSpringfield", address.Street);
    }

    [Fact]
    public async Task ReadAsync_OldExportWithOnlyTheNameColumn_SplitsItAtTheLastSpace()
    {
        var eve = (await ReadFile("google-old.csv")).Person("Eve Nakamura");

        Assert.Equal("Eve", eve.FirstName);
        Assert.Equal("eve@example.jp", Assert.Single(eve.Emails).Value);
        Assert.Equal(4, eve.Line); // Dmitri's two-line address takes lines 2 and 3

    }

    [Fact]
    public async Task ReadAsync_BadBirthdayAndNoName_AreRowErrorsNamingGoogleColumns()
    {
        var rows = await CsvSamples.ReadTextAsync(
            "First Name,Last Name,Birthday,E-mail 1 - Label,E-mail 1 - Value\n,,12/04/1985,,someone@example.com\n",
            t => GoogleCsv.ReadAsync(t));

        var errors = Assert.Single(rows).Errors;
        Assert.Contains(errors, e => e.Field == "First Name" && e.Message.Contains("no name", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Field == "Birthday" && e.Message == "'12/04/1985' is not a date like 1985-04-12 or --04-12.");
    }
}
