using System.Text;
using Kith.Core.Import;
using static Kith.Core.Tests.Import.VCardSamples;

namespace Kith.Core.Tests.Import;

/// <summary>vCard 4.0 out: the exact lines, escaping, labels and folding.</summary>
public sealed class VCardWriterTests
{
    private static readonly ContactRecord Ana = new()
    {
        Line = 1,
        FirstName = "Ana",
        LastName = "Lima",
        Organisation = "Acme; Corp",
        Department = "Finance, EMEA",
        JobTitle = "CFO",
        Emails = [new("ana@acme.example", "work"), new("ana@chess.example", "chess club")],
        Phones = [new("+351 912 345 678", "mobile"), new("+351 213 000 222", "work fax"), new("+351 213 000 333")],
        Addresses = [new("home", null, null, "Rua A, 12", "Lisboa", null, "1100-053", "Portugal")],
        Birthday = new DateOnly(1985, 4, 12),
        MetOn = new DateOnly(2024, 10, 9),
        Website = "https://ana.example.org",
        LinkedInUrl = "https://www.linkedin.com/in/ana",
        Notes = "Line 1\nLine 2 \\ end",
        Tags = ["a,b", "c;d"],
        Extras = ["X-FOO;TYPE=work:bar", "item1.X-ABDATE:2010-06-01", "item1.X-ABLabel:anniversary"],
    };

    [Fact]
    public void Write_FullRecord_WritesTheseExactLines()
    {
        var text = Write(Ana);

        Assert.Equal(
            string.Join("\r\n",
                "BEGIN:VCARD",
                "VERSION:4.0",
                "FN:Ana Lima",
                "N:Lima;Ana;;;",
                "ORG:Acme\\; Corp;Finance\\, EMEA",
                "TITLE:CFO",
                "EMAIL;TYPE=work:ana@acme.example",
                "item2.EMAIL:ana@chess.example", // item1 is taken by an extra
                "item2.X-ABLabel:chess club",
                "TEL;TYPE=cell:+351 912 345 678",
                "TEL;TYPE=work,fax:+351 213 000 222",
                "TEL:+351 213 000 333",
                "ADR;TYPE=home:;;Rua A\\, 12;Lisboa;;1100-053;Portugal",
                "BDAY:19850412",
                "URL:https://ana.example.org",
                "URL:https://www.linkedin.com/in/ana",
                "NOTE:Line 1\\nLine 2 \\\\ end",
                "CATEGORIES:a\\,b,c\\;d",
                "X-KITH-MET-ON:20241009",
                "X-FOO;TYPE=work:bar",
                "item1.X-ABDATE:2010-06-01",
                "item1.X-ABLabel:anniversary",
                "END:VCARD",
                ""),
            text);
    }

    [Fact]
    public void Write_LongUtf8Lines_FoldsAt75OctetsWithoutSplittingACharacter()
    {
        var notes = string.Concat(Enumerable.Repeat("Olá 👋🏽 café — ", 20));
        var photo = new ContactPhoto("image/png", Enumerable.Range(0, 300).Select(i => (byte)i).ToArray());

        var text = Write(new ContactRecord { FirstName = "Ana", Notes = notes, Photo = photo });

        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var lines = text.Split("\r\n")[..^1];
        Assert.All(lines, line => Assert.InRange(strict.GetByteCount(line), 1, 75)); // throws on a split surrogate pair
        Assert.DoesNotContain('\n', string.Concat(lines));
        var unfolded = text.Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains("\r\nNOTE:" + notes + "\r\n", unfolded);
        Assert.Contains("\r\nPHOTO:data:image/png;base64," + Convert.ToBase64String(photo.Data) + "\r\n", unfolded);
    }

    [Fact]
    public async Task Write_SeveralRecords_MakeAMultiCardFile()
    {
        var text = Write(Ana, new ContactRecord { FirstName = "Bea", LastName = "Boss" });

        var rows = await ReadTextAsync(text);

        Assert.Equal(["Ana Lima", "Bea Boss"], rows.Select(r => r.Record!.DisplayName));
        Assert.Equal(1, rows[0].Line);
        Assert.Equal(text.Split("\r\n").ToList().IndexOf("END:VCARD") + 2, rows[1].Line);
    }

    [Fact]
    public void Write_OrganisationOnly_UsesTheOrganisationAsFnAndWritesNoN()
    {
        var text = Write(new ContactRecord { Organisation = "Acme Corp" });

        Assert.Contains("\r\nFN:Acme Corp\r\nORG:Acme Corp\r\n", text);
        Assert.DoesNotContain("\r\nN:", text);
    }

    [Fact]
    public void Write_ExtrasThatWouldBreakTheCard_AreLeftOut()
    {
        var text = Write(new ContactRecord
        {
            FirstName = "Ana",
            Extras = ["END:VCARD", "X-A:one\r\nBEGIN:VCARD", "no colon here", "item1.VERSION:3.0", "X-KEPT:yes"],
        });

        Assert.Equal("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana\r\nN:;Ana;;;\r\nX-KEPT:yes\r\nEND:VCARD\r\n", text);
    }

    [Fact]
    public async Task Write_ControlCharactersInText_AreDroppedAndLineBreaksEscaped()
    {
        var text = Write(new ContactRecord { FirstName = "Ana", Notes = "one\r\ntwo\rthree\u0007" });

        Assert.Contains("\r\nNOTE:one\\ntwo\\nthree\r\n", text);
        Assert.Equal("one\ntwo\nthree", (await ReadOneAsync(text)).Notes);
    }
}
