using Kith.Core.Import;
using Kith.Core.Import.Formats;
using Kith.Core.People;
using static Kith.Core.Tests.Import.VCardSamples;

namespace Kith.Core.Tests.Import;

/// <summary>The syntax of content lines across 2.1, 3.0 and 4.0, one rule at a time.</summary>
public sealed class VCardSyntaxTests
{
    private static string Card(string version, params string[] lines) =>
        $"BEGIN:VCARD\nVERSION:{version}\nFN:Ana Lima\n{string.Join('\n', lines)}\nEND:VCARD\n";

    [Theory]
    [InlineData("3.0", "TEL;TYPE=work,fax:+1 555 0100")]
    [InlineData("3.0", "TEL;TYPE=work;TYPE=fax:+1 555 0100")]
    [InlineData("2.1", "TEL;WORK;FAX:+1 555 0100")]
    [InlineData("4.0", "TEL;TYPE=\"work,fax\":+1 555 0100")]
    [InlineData("4.0", "tel;type=WORK,FAX:+1 555 0100")]
    public async Task ReadAsync_ParameterSyntaxes_AllGiveTheSameLabel(string version, string line)
    {
        var ana = await ReadOneAsync(Card(version, line));

        Assert.Equal([new LabelledValue("+1 555 0100", "work fax")], ana.Phones);
    }

    [Fact]
    public async Task ReadAsync_LowerCaseNamesAndLfLineEnds_AreReadLikeTheUsualOnes()
    {
        var rows = await ReadAsync(new StringReader("begin:vcard\nversion:3.0\nn:Lima;Ana;;;\nemail;type=home:ana@example.org\nend:vcard\n"));

        var ana = Assert.Single(rows).Record!;
        Assert.Equal("Ana Lima", ana.DisplayName);
        Assert.Equal([new LabelledValue("ana@example.org", "home")], ana.Emails);
    }

    [Fact]
    public async Task ReadAsync_FoldedWithSpaceOrTab_JoinsTheLines()
    {
        var ana = await ReadOneAsync(Card("3.0", "NOTE:one\n  two\n\tthree", "TIT\n LE:Boss"));

        Assert.Equal("one twothree", ana.Notes);
        Assert.Equal("Boss", ana.JobTitle);
    }

    [Fact]
    public async Task ReadAsync_EscapesInStructuredValues_SplitOnlyOnUnescapedSeparators()
    {
        var ana = await ReadOneAsync(
            "BEGIN:VCARD\nVERSION:4.0\nN:Lima\\; Silva;Ana\\, Maria;;;\nORG:Acme\\, Inc.;R\\;D;Lab\n"
            + "ADR:;;Rua A\\, 12\\nfloor 3;Lisboa;;;\nCATEGORIES:a\\,b,c\\\\,d\nEND:VCARD\n");

        Assert.Equal("Lima; Silva", ana.LastName);
        Assert.Equal("Ana, Maria", ana.FirstName);
        Assert.Equal("Acme, Inc.", ana.Organisation);
        Assert.Equal("R;D", ana.Department);
        Assert.Equal("Rua A, 12\nfloor 3", ana.Addresses.Single().Street);
        Assert.Equal(["a,b", "c\\", "d"], ana.Tags);
    }

    [Fact]
    public async Task ReadAsync_NameListsIn30_AreJoinedAsOneFirstName()
    {
        var ana = await ReadOneAsync("BEGIN:VCARD\nVERSION:3.0\nN:Lima;Ana,Maria;Clara;Dr.;PhD\nEND:VCARD\n");

        Assert.Equal("Ana Maria Clara", ana.FirstName);
        Assert.Equal("Lima", ana.LastName);
    }

    [Theory]
    [InlineData("FN:Ana Maria Lima", "Ana Maria", "Lima")]
    [InlineData("FN:Madonna", "Madonna", null)]
    [InlineData("N:;;;;\nFN:Ana Lima", "Ana", "Lima")]
    public async Task ReadAsync_NoStructuredName_SplitsFnAtTheLastSpace(string lines, string first, string? last)
    {
        var ana = await ReadOneAsync($"BEGIN:VCARD\nVERSION:3.0\n{lines}\nEND:VCARD\n");

        Assert.Equal(first, ana.FirstName);
        Assert.Equal(last, ana.LastName);
    }

    [Theory]
    [InlineData("19850412")]
    [InlineData("1985-04-12")]
    [InlineData("1985-04-12T00:00:00Z")]
    [InlineData("19850412T083000")]
    public async Task ReadAsync_BirthdayForms_GiveTheDate(string value)
    {
        var ana = await ReadOneAsync(Card("3.0", "BDAY:" + value));

        Assert.Equal(new DateOnly(1985, 4, 12), ana.Birthday);
        Assert.DoesNotContain(ana.Extras, e => e.StartsWith("BDAY", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("BDAY:--0412", "BDAY:--0412")]
    [InlineData("BDAY:--04-12", "BDAY:--0412")]
    [InlineData("BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-12", "BDAY:--0412")]
    [InlineData("BDAY:1985", "BDAY:1985")]
    [InlineData("BDAY;VALUE=text:circa 1800", "BDAY;VALUE=text:circa 1800")]
    public async Task ReadAsync_BirthdayWithoutAFullDate_IsKeptAsAnExtraLine(string line, string extra)
    {
        var ana = await ReadOneAsync(Card("4.0", line));

        Assert.Null(ana.Birthday);
        Assert.Equal([extra], ana.Extras);
    }

    [Fact]
    public async Task ReadAsync_SeveralUrls_OneWebsiteOneLinkedInAndTheRestKept()
    {
        var ana = await ReadOneAsync(Card("3.0",
            "URL:https://ana.example.org", "URL:https://linkedin.com/in/ana", "URL:https://blog.example.org", "URL:https://www.linkedin.com/in/ana-2"));

        Assert.Equal("https://ana.example.org", ana.Website);
        Assert.Equal("https://linkedin.com/in/ana", ana.LinkedInUrl);
        Assert.Equal(["URL:https://blog.example.org", "URL:https://www.linkedin.com/in/ana-2"], ana.Extras);
    }

    [Fact]
    public async Task ReadAsync_NicknameList_KeepsTheFirstAndGivesTheOthersBack()
    {
        var ana = await ReadOneAsync(Card("4.0", "NICKNAME:Aninha,Nana\\, the great", "NICKNAME;TYPE=work:Dr. L"));

        Assert.Equal("Aninha", ana.Nickname);
        Assert.Equal(["NICKNAME:Nana\\, the great", "NICKNAME;TYPE=work:Dr. L"], ana.Extras);
    }

    [Fact]
    public async Task ReadAsync_CategoriesOnSeveralLines_AreOneListWithoutRepeats()
    {
        var ana = await ReadOneAsync(Card("3.0", "CATEGORIES:Mentors, Book club", "CATEGORIES:book club,Chess"));

        Assert.Equal(["Mentors", "Book club", "Chess"], ana.Tags);
    }

    [Fact]
    public async Task ReadAsync_QuotedPrintableExtra_IsDecodedIntoAPlain40Line()
    {
        var ana = await ReadOneAsync(Card("2.1",
            "X-NOTE-2;HOME;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Zeile 1=0D=0AZeile =",
            "2 =C3=BC",
            "ROLE;QUOTED-PRINTABLE:Chef"));

        Assert.Equal(["X-NOTE-2;TYPE=HOME:Zeile 1\\nZeile 2 ü", "ROLE:Chef"], ana.Extras);
    }

    [Theory]
    [InlineData("NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:caf=\n=C3=A9 cr=C3=A8me")] // soft break, next line as is
    [InlineData("NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:caf=C3=A9 cr=\n C3=A8me")] // an escape split by folding
    [InlineData("NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:caf=C3=A9 =\n cr=C3=A8me")] // soft break and a folding space
    public async Task ReadAsync_QuotedPrintableAcrossLines_JoinsToTheSameText(string lines)
    {
        var ana = await ReadOneAsync(Card("2.1", lines));

        Assert.Equal("café crème", ana.Notes);
    }

    [Fact]
    public async Task ReadAsync_InlinePhotoWithoutEncoding_IsStillKept()
    {
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");

        var ana = await ReadOneAsync(Card("3.0", "PHOTO;TYPE=PNG:" + Convert.ToBase64String(png)));

        Assert.Equal(new ContactPhoto("image/png", png), ana.Photo);
        Assert.Empty(ana.Extras);
    }

    [Fact]
    public async Task ReadAsync_QuotedPrintableLineBreaksInAnAddress_BecomeNewlines()
    {
        var ana = await ReadOneAsync(Card("2.1", "ADR;WORK;ENCODING=QUOTED-PRINTABLE:;;One Way=0D=0ASuite 5=0DFloor 2;Redmond;WA;98052;USA"));

        Assert.Equal("One Way\nSuite 5\nFloor 2", ana.Addresses.Single().Street);
    }

    [Fact]
    public async Task ReadAsync_Base64Key_IsKeptAsADataUri()
    {
        var ana = await ReadOneAsync(Card("3.0", "KEY;ENCODING=b;TYPE=X509:TUlJQw=="));

        Assert.Equal(["KEY:data:application/pkix-cert;base64,TUlJQw=="], ana.Extras);
    }

    [Fact]
    public async Task ReadAsync_Properties30Only_AreRenamedOrDroppedToStayValid40()
    {
        var ana = await ReadOneAsync(Card("3.0", "LABEL;TYPE=work:1 Main St", "CLASS:PRIVATE", "PROFILE:VCARD", "SORT-STRING:Lima"));

        Assert.Equal(["X-CLASS:PRIVATE", "X-SORT-STRING:Lima"], ana.Extras);
    }

    [Fact]
    public async Task ReadAsync_TelUriAndMailto_AreStrippedToTheNumberAndAddress()
    {
        var ana = await ReadOneAsync(Card("4.0", "TEL;VALUE=uri;TYPE=home:tel:+1-555-0100", "EMAIL:mailto:ana@example.org"));

        Assert.Equal([new LabelledValue("+1-555-0100", "home")], ana.Phones);
        Assert.Equal([new LabelledValue("ana@example.org")], ana.Emails);
    }

    [Fact]
    public async Task ReadAsync_PhotoByUrl_IsKeptAsAnExtraUnlessPhotosAreDropped()
    {
        var vcf = Card("3.0", "PHOTO;VALUE=URL;TYPE=JPEG:https://example.org/ana.jpg");

        var kept = await ReadOneAsync(vcf);
        var dropped = await ReadOneAsync(vcf, new VCardReadOptions(KeepPhotos: false));

        Assert.Null(kept.Photo);
        Assert.Equal(["PHOTO;VALUE=uri;TYPE=JPEG:https://example.org/ana.jpg"], kept.Extras);
        Assert.Empty(dropped.Extras);
    }

    [Fact]
    public async Task ReadAsync_PhotoLargerThanKithKeeps_IsDroppedWithoutAnError()
    {
        var big = string.Join("\n ", Convert.ToBase64String(new byte[Person.PhotoMaxBytes + 1]).Chunk(74).Select(c => new string(c)));
        var small = Convert.ToBase64String([0xFF, 0xD8, 0xFF, 1, 2, 3]);

        var ana = await ReadOneAsync(Card("3.0", "PHOTO;ENCODING=b:" + big, "PHOTO;ENCODING=b:" + small));

        Assert.Equal(new ContactPhoto("image/jpeg", [0xFF, 0xD8, 0xFF, 1, 2, 3]), ana.Photo); // sniffed: no TYPE given
        Assert.Empty(ana.Extras);
    }

    [Fact]
    public async Task ReadAsync_TextBetweenCards_IsIgnored()
    {
        var rows = await ReadTextAsync(
            "Exported by something\nBEGIN:VCARD\nFN:Ana Lima\nEND:VCARD\n\njunk: between\nBEGIN:VCARD\nFN:Bea Boss\nEND:VCARD\ntrailer\n");

        Assert.Equal([2, 7], rows.Select(r => r.Line));
        Assert.Equal(["Ana Lima", "Bea Boss"], rows.Select(r => r.Record!.DisplayName));
        Assert.All(rows, r => Assert.Empty(r.Record!.Extras));
    }

    [Fact]
    public async Task ReadAsync_Agent21WithANestedCard_SkipsTheNestedCard()
    {
        var rows = await ReadTextAsync(
            "BEGIN:VCARD\nVERSION:2.1\nFN:Ana Lima\nAGENT:\nBEGIN:VCARD\nVERSION:2.1\nFN:Her Assistant\nEND:VCARD\nTITLE:Boss\nEND:VCARD\n");

        var ana = Assert.Single(rows);
        Assert.Equal("Ana Lima", ana.Record!.DisplayName);
        Assert.Equal("Boss", ana.Record.JobTitle);
        Assert.Empty(ana.Record.Extras);
    }

    [Fact]
    public async Task ReadAsync_AppleLabelWithoutItsProperty_StaysWithItsGroup()
    {
        var ana = await ReadOneAsync(Card("3.0",
            "item1.EMAIL:ana@school.example", "item1.X-ABLabel:School", "item2.X-ABDATE:2010-06-01", "item2.X-ABLabel:_$!<Anniversary>!$_"));

        Assert.Equal([new LabelledValue("ana@school.example", "school")], ana.Emails);
        Assert.Equal(["item2.X-ABDATE:2010-06-01", "item2.X-ABLabel:_$!<Anniversary>!$_"], ana.Extras);
    }

    [Fact]
    public async Task ReadAsync_ThirtyThousandCards_AreAllRead()
    {
        var vcf = new System.Text.StringBuilder();
        for (var i = 0; i < 30_000; i++)
            vcf.Append("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Person;Number ").Append(i).Append(";;;\r\nEMAIL:p").Append(i).Append("@example.org\r\nEND:VCARD\r\n");

        var rows = await ReadAsync(new StringReader(vcf.ToString()));

        Assert.Equal(30_000, rows.Count);
        Assert.Equal("Number 29999 Person", rows[^1].Record!.DisplayName);
        Assert.Equal(149_996, rows[^1].Line);
    }
}
