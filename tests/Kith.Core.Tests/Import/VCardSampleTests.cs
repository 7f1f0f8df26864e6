using Kith.Core.Import;
using Kith.Core.Import.Formats;
using static Kith.Core.Tests.Import.VCardSamples;

namespace Kith.Core.Tests.Import;

/// <summary>The sample corpus, one file per kind of phone or program, read as a user would import it.</summary>
public sealed class VCardSampleTests
{
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");

    [Fact]
    public async Task ReadAsync_IPhoneFile_MapsEveryFieldOfTheFirstCard()
    {
        var rows = await ReadFileAsync("iphone-3.0.vcf");

        Assert.Equal([1, 39, 55], rows.Select(r => r.Line));
        Assert.All(rows, r => Assert.Empty(r.Errors));
        var ana = rows[0].Record!;
        Assert.Equal(1, ana.Line);
        Assert.Equal("Ana Maria", ana.FirstName);
        Assert.Equal("Lima", ana.LastName);
        Assert.Equal("Aninha", ana.Nickname);
        Assert.Equal("Acme Corp", ana.Organisation);
        Assert.Equal("Finance", ana.Department);
        Assert.Equal("Head of Payroll", ana.JobTitle);
        Assert.Equal(
            [new("ana.lima@acme.example", "work"), new("ana@home.example", "home"), new LabelledValue("ana@chess.example", "chess club")],
            ana.Emails);
        Assert.Equal(
            [new("+351 912 345 678", "mobile"), new("+351 213 000 111", "work"), new("+351 213 000 222", "home fax"), new LabelledValue("+351 213 000 333", "other")],
            ana.Phones);
        Assert.Equal(
            [new("work", null, null, "Rua Augusta 12, 3º", "Lisboa", null, "1100-053", "Portugal"),
             new ContactAddress("home", null, null, "Rua das Flores 5", "Porto", null, "4050-262", "Portugal")],
            ana.Addresses);
        Assert.Equal("Met at the finance offsite.\nLikes chess; plays on Sundays.", ana.Notes);
        Assert.Equal(new DateOnly(1985, 4, 12), ana.Birthday);
        Assert.Equal("https://www.linkedin.com/in/ana-lima", ana.LinkedInUrl);
        Assert.Equal("https://ana.example.org", ana.Website);
        Assert.Equal(["Mentors", "Book club", "Finance, Lisbon"], ana.Tags);
        Assert.Equal(new ContactPhoto("image/png", Png), ana.Photo);
        Assert.Equal(
            [
                "item3.X-ABADR:pt",
                "item5.URL:https://blog.ana.example.org",
                "item5.X-ABLabel:blog",
                "item6.X-ABRELATEDNAMES;PREF=1:João Lima",
                "item6.X-ABLabel:_$!<Spouse>!$_",
                "X-SOCIALPROFILE;TYPE=twitter;X-USER=analima:http://twitter.com/analima",
                "IMPP;X-SERVICE-TYPE=Skype;TYPE=HOME;PREF=1:skype:ana.lima",
                "X-ACME-EMPLOYEE-ID:A-1042",
                "UID:8A3F2C1E-5B6D-4E7F-9A0B-1C2D3E4F5A6B",
            ],
            ana.Extras);
    }

    [Fact]
    public async Task ReadAsync_IPhoneFile_UnfoldsLinesAndKeepsAYearlessBirthdayAsAnExtra()
    {
        var chidi = (await ReadFileAsync("iphone-3.0.vcf"))[1].Record!;

        Assert.Equal("Chidi Okafor", chidi.DisplayName);
        Assert.Equal("Okafor & Sons", chidi.Organisation);
        Assert.Null(chidi.Department);
        Assert.Equal([new("+44 7700 900123", "mobile"), new LabelledValue("+44 20 7946 0958", "work")], chidi.Phones);
        Assert.Equal(
            "A very long note that goes on and on so that the phone has to fold it over several lines, "
            + "as iPhones do when a line is longer than seventy-five octets.",
            chidi.Notes);
        Assert.Null(chidi.Birthday);
        Assert.Contains("BDAY:--0315", chidi.Extras);
        // iPhones keep LinkedIn as a social profile: it becomes the LinkedIn URL and is still given back.
        Assert.Equal("http://www.linkedin.com/in/chidiokafor", chidi.LinkedInUrl);
        Assert.Contains("X-SOCIALPROFILE;TYPE=linkedin;X-USER=chidiokafor:http://www.linkedin.com/in/chidiokafor", chidi.Extras);
    }

    [Fact]
    public async Task ReadAsync_IPhoneCompanyCard_HasTheOrganisationButNoPersonName()
    {
        var acme = (await ReadFileAsync("iphone-3.0.vcf"))[2].Record!;

        Assert.Null(acme.FirstName);
        Assert.Null(acme.LastName);
        Assert.Equal("Acme Corp", acme.Organisation);
        Assert.Equal([new LabelledValue("+351 213 000 000", "main")], acme.Phones);
        Assert.Equal(["X-ABShowAs:COMPANY", "UID:C0FFEE00-0000-4000-8000-000000000001"], acme.Extras);
    }

    [Fact]
    public async Task ReadAsync_Android21File_DecodesQuotedPrintableInUtf8AndLatin1()
    {
        var rows = await ReadFileAsync("android-2.1.vcf");

        Assert.Equal([1, 16, 29], rows.Select(r => r.Line));
        Assert.All(rows, r => Assert.Empty(r.Errors));
        var juergen = rows[0].Record!;
        Assert.Equal("Jürgen", juergen.FirstName);
        Assert.Equal("Müller", juergen.LastName);
        Assert.Equal(
            [new("+49 151 1234567", "mobile"), new("+49 30 1234567", "work"), new LabelledValue("+49 30 7654321", "home fax")],
            juergen.Phones);
        Assert.Equal([new("juergen@example.de", "home"), new LabelledValue("j.mueller@firma.example.de", "work")], juergen.Emails);
        Assert.Equal([new ContactAddress("home", null, null, "Straße des 17. Juni 1", "Berlin", null, "10623", "Deutschland")], juergen.Addresses);
        Assert.Equal("Erste Zeile\nZweite Zeile: äöü und ein sehr langer Text, der umbrochen wird…", juergen.Notes);
        Assert.Equal(
            ["X-PHONETIC-FIRST-NAME:Jürgen", "X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Jürgi;1;;;;;;;;;;;;;"],
            juergen.Extras);

        var renee = rows[1].Record!;
        Assert.Equal("Renée", renee.FirstName);
        Assert.Equal("Lefèvre", renee.LastName);
        Assert.Equal("Société Générale", renee.Organisation);
        Assert.Equal("Trésorerie", renee.Department);
        Assert.Equal("Analyste", renee.JobTitle);
        Assert.Equal("Rencontrée à Paris, café crème.", renee.Notes);
        Assert.Equal("image/jpeg", renee.Photo?.MediaType);
        Assert.Equal([0xFF, 0xD8, 0xFF], renee.Photo!.Data[..3]);

        var john = rows[2].Record!;
        Assert.Equal("John Smith", john.DisplayName);
        Assert.Equal([new LabelledValue("555-0100")], john.Phones); // VOICE alone is not a label
    }

    [Fact]
    public async Task ReadAsync_Google40File_MapsUriPhonesDataPhotoAndKeepsTheRest()
    {
        var rows = await ReadFileAsync("google-4.0.vcf");

        Assert.Equal([1, 32], rows.Select(r => r.Line));
        Assert.All(rows, r => Assert.Empty(r.Errors));
        var priya = rows[0].Record!;
        Assert.Equal("Priya Raman", priya.DisplayName);
        Assert.Equal("Pri", priya.Nickname);
        Assert.Equal([new("priya@corp.example", "work"), new LabelledValue("priya.raman@mail.example", "home")], priya.Emails);
        Assert.Equal([new("+1-555-555-0142", "mobile"), new LabelledValue("+1-555-555-0100", "work")], priya.Phones);
        Assert.Equal([new ContactAddress("work", null, "Suite 5", "100 Main St", "Springfield", "IL", "62701", "USA")], priya.Addresses);
        Assert.Equal("Initech", priya.Organisation);
        Assert.Equal("Research; Development", priya.Department);
        Assert.Equal("Staff Engineer", priya.JobTitle);
        Assert.Null(priya.Birthday);
        Assert.Equal("https://priya.example.dev", priya.Website);
        Assert.Equal("http://www.linkedin.com/in/priyaraman", priya.LinkedInUrl);
        Assert.Equal("Line one\nLine two, with comma; and semicolon \\ backslash", priya.Notes);
        Assert.Equal(["myContacts", "Speakers, Conferences"], priya.Tags);
        Assert.Equal(new ContactPhoto("image/png", Png), priya.Photo);
        Assert.Equal(
            [
                "NICKNAME:PR",
                "BDAY:--0704",
                "ANNIVERSARY:20150620",
                "GENDER:F",
                "LANG;PREF=1:en",
                "TZ:America/Chicago",
                "GEO:geo:39.78,-89.65",
                "RELATED;TYPE=friend:urn:uuid:03a0e51f-d1aa-4385-8a53-e29025acd8af",
                "UID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1",
                "X-CUSTOM;X-PARAM=\"a;b\":value",
            ],
            priya.Extras);

        var tomas = rows[1].Record!;
        Assert.Equal("Tomás", tomas.FirstName);
        Assert.Equal(new DateOnly(1990, 3, 1), tomas.Birthday);
        Assert.Null(tomas.Photo);
        Assert.Equal(["PHOTO;MEDIATYPE=image/jpeg:https://photos.example.com/tomas.jpg"], tomas.Extras);
    }

    [Fact]
    public async Task ReadAsync_Outlook21File_DecodesWindows1252AndDropsTheRedundantLabel()
    {
        var jane = Assert.Single(await ReadFileAsync("outlook-2.1.vcf"));

        Assert.Empty(jane.Errors);
        var r = jane.Record!;
        Assert.Equal("Jane", r.FirstName);
        Assert.Equal("Doe", r.LastName);
        Assert.Equal("Contoso Ltd.", r.Organisation);
        Assert.Equal("Sales", r.Department);
        Assert.Equal("Account Manager", r.JobTitle);
        Assert.Equal(
            [new("(425) 555-0101", "work"), new("(425) 555-0102", "mobile"), new LabelledValue("(425) 555-0103", "work fax")],
            r.Phones);
        Assert.Equal([new LabelledValue("jane.doe@contoso.example")], r.Emails);
        Assert.Equal([new ContactAddress("work", null, null, "One Microsoft Way", "Redmond", "WA", "98052", "United States of America")], r.Addresses);
        Assert.Equal("http://www.contoso.example", r.Website);
        Assert.Equal("Prefers e-mail – never call before 10.\nLikes café au lait.", r.Notes);
        Assert.Equal(new DateOnly(1980, 2, 29), r.Birthday);
        Assert.Equal("image/jpeg", r.Photo?.MediaType);
        Assert.Equal(
            [
                "X-MS-OL-DEFAULT-POSTAL-ADDRESS:2",
                "X-MS-OL-DESIGN:<card xmlns=\"http://schemas.microsoft.com/office/outlook/12/electronicbusinesscards\" ver=\"1.0\" layout=\"left\" bgcolor=\"ffffff\"><img xmlns=\"\" align=\"fill\" area=\"16\" use=\"cardpicture\"/></card>",
                "X-MAILER:Microsoft Outlook",
            ],
            r.Extras);
    }

    [Theory]
    [InlineData("iphone-3.0.vcf")]
    [InlineData("android-2.1.vcf")]
    [InlineData("google-4.0.vcf")]
    [InlineData("outlook-2.1.vcf")]
    public async Task ReadAsync_WithoutPhotos_ReadsTheSameCardsWithNoPicture(string file)
    {
        var with = await ReadFileAsync(file);
        var without = await ReadFileAsync(file, new VCardReadOptions(KeepPhotos: false));

        Assert.Contains(with, r => r.Record!.Photo is not null);
        Assert.All(without, r => Assert.Null(r.Record!.Photo));
        Assert.Equal(with.Select(r => r.Record!.DisplayName), without.Select(r => r.Record!.DisplayName));
    }

    [Theory]
    [InlineData("iphone-3.0.vcf")]
    [InlineData("android-2.1.vcf")]
    [InlineData("google-4.0.vcf")]
    [InlineData("outlook-2.1.vcf")]
    public async Task WriteThenRead_EverySampleCard_GivesTheSameRecordBack(string file)
    {
        foreach (var row in await ReadFileAsync(file))
        {
            var original = row.Record! with { Line = 1 };
            var again = Assert.Single(await ReadTextAsync(Write(original)));

            Assert.Empty(again.Errors);
            AssertSameRecord(original, again.Record!);
        }
    }

    [Fact]
    public async Task Write_CardReadFromIPhone_GivesBackItsXPropertiesAndUid()
    {
        var ana = (await ReadFileAsync("iphone-3.0.vcf"))[0].Record!;

        var exported = Write(ana);

        var unfolded = exported.Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains("\r\nUID:8A3F2C1E-5B6D-4E7F-9A0B-1C2D3E4F5A6B\r\n", unfolded);
        Assert.Contains("\r\nX-ACME-EMPLOYEE-ID:A-1042\r\n", unfolded);
        Assert.Contains("\r\nX-SOCIALPROFILE;TYPE=twitter;X-USER=analima:http://twitter.com/analima\r\n", unfolded);
        Assert.Contains("\r\nitem6.X-ABRELATEDNAMES;PREF=1:João Lima\r\nitem6.X-ABLabel:_$!<Spouse>!$_\r\n", unfolded);
        Assert.StartsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n", exported);
        Assert.EndsWith("END:VCARD\r\n", exported);
    }
}
