using System.Text.Json;
using CsCheck;
using Kith.Core.Import;
using Kith.Core.Import.Formats;

namespace Kith.Core.Tests.Import.Formats;

public class ContactCsvTests
{
    private static string Write(params ContactRecord[] records)
    {
        var output = new StringWriter();
        ContactCsv.WriteHeader(output);
        foreach (var record in records)
            ContactCsv.WriteRow(output, record);
        return output.ToString();
    }

    private static async Task<List<ReadRow>> ReadBack(string csv)
    {
        var mapping = MappedCsv.Guess(await MappedCsv.ReadHeaderAsync(new StringReader(csv)));
        var rows = new List<ReadRow>();
        await foreach (var row in MappedCsv.ReadAsync(new StringReader(csv), mapping))
            rows.Add(row);
        return rows;
    }

    /// <summary>What Kith's CSV carries of a person, comparable as one string (labels, addresses and photos travel by vCard).</summary>
    private static string Carried(ContactRecord r) => JsonSerializer.Serialize(new
    {
        r.FirstName, r.LastName, r.Nickname, r.Organisation, r.Department, r.JobTitle, r.Website, r.LinkedInUrl,
        r.MetOn, r.Birthday, r.Notes,
        Emails = r.Emails.Select(e => e.Value), Phones = r.Phones.Select(p => p.Value), r.Tags,
        Extras = r.Extras.Where(x => x.StartsWith("BDAY:", StringComparison.Ordinal)),
    });

    [Fact]
    public void WriteHeader_Always_WritesKithsColumnsWithCrLf()
    {
        Assert.Equal(
            "First Name,Last Name,Nickname,E-mail,Phone,Organisation,Department,Job Title,Website,LinkedIn URL,Met On,Birthday,Tags,Notes\r\n",
            Write());
    }

    [Fact]
    public void WriteRow_CellsNeedingQuotes_AreQuotedAndOthersAreNot()
    {
        var csv = Write(new ContactRecord
        {
            FirstName = "Ana",
            LastName = "O\"Neil",
            Organisation = "Acme, Inc.",
            Notes = "two\nlines",
            Emails = [new LabelledValue("ana@example.com"), new LabelledValue("ana@acme.example", "work")],
            Tags = ["finance", "book club"],
            MetOn = new DateOnly(2024, 10, 9),
        });

        Assert.EndsWith(
            "\r\nAna,\"O\"\"Neil\",,ana@example.com; ana@acme.example,,\"Acme, Inc.\",,,,,2024-10-09,,finance; book club,\"two\nlines\"\r\n",
            csv, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteRow_CellsASpreadsheetWouldRun_StartWithAnApostrophe()
    {
        var csv = Write(new ContactRecord
        {
            FirstName = "=HYPERLINK(\"http://evil.example\")",
            Phones = [new LabelledValue("+44 20 7946 0000")],
            Notes = "@SUM(A1)",
        });

        var row = csv.Split("\r\n")[1];
        Assert.StartsWith("\"'=HYPERLINK(\"\"http://evil.example\"\")\"", row, StringComparison.Ordinal);
        Assert.Contains(",'+44 20 7946 0000,", row, StringComparison.Ordinal);
        Assert.EndsWith(",'@SUM(A1)", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteRow_ThenMappedRead_GivesThePersonBack()
    {
        var ana = new ContactRecord
        {
            FirstName = "Ana Maria",
            LastName = "Lima 🚀",
            Nickname = "Aninha",
            Organisation = "Acme, Inc.",
            Department = "Finance",
            JobTitle = "=CFO",
            Website = "https://ana.example.com",
            LinkedInUrl = "https://www.linkedin.com/in/ana-lima",
            MetOn = new DateOnly(2024, 10, 9),
            Notes = "Says \"hi\";\r\n- likes tea",
            Emails = [new LabelledValue("ana@example.com"), new LabelledValue("ana@acme.example")],
            Phones = [new LabelledValue("+44 20 7946 0000"), new LabelledValue("-1")],
            Tags = ["finance", "'=odd"],
            Extras = ["BDAY:--0412"],
        };

        var rows = await ReadBack(Write(ana));

        var row = Assert.Single(rows);
        Assert.Empty(row.Errors);
        Assert.Equal(2, row.Line);
        Assert.Equal(Carried(ana), Carried(row.Record!));
    }

    [Fact]
    public async Task WriteRow_RandomPeople_SurviveMappedReadLosslessly()
    {
        await Check.SampleAsync(Generators.People, async people =>
        {
            var rows = await ReadBack(Write(people));

            Assert.Equal(people.Length, rows.Count);
            for (var i = 0; i < people.Length; i++)
            {
                Assert.Empty(rows[i].Errors);
                Assert.Equal(Carried(people[i]), Carried(rows[i].Record!));
            }
            Assert.Equal(rows.Select(r => r.Line).Order(), rows.Select(r => r.Line));
        }, iter: 300);
    }

    [Fact]
    public void CsvRecordWriter_RandomCells_ReadBackExactly()
    {
        Check.Sample(Generators.Cell.Array[1, 6].Array[1, 5], records =>
        {
            var output = new StringWriter();
            foreach (var record in records)
                CsvRecordWriter.Write(output, record);

            var reader = new CsvRecordReader(new StringReader(output.ToString()));
            foreach (var record in records)
                Assert.Equal(record, reader.Read()!.Cells);
            Assert.Null(reader.Read());
        }, iter: 1_000);
    }

    [Fact]
    public void FormulaGuard_RandomCells_UnguardUndoesGuard()
    {
        Check.Sample(Generators.Cell, cell => Assert.Equal(cell, FormulaGuard.Unguard(FormulaGuard.Guard(cell))), iter: 2_000);
    }

    /// <summary>Random text made of the pieces that break naive CSV: quotes, commas, line breaks, emoji, formula starts, edge spaces.</summary>
    private static class Generators
    {
        private static readonly string[] Pieces =
            ["a", "Zé", "🚀", "字", " ", "  ", ",", "\"", "\"\"", "'", "=", "+", "-", "@", ";", "\n", "\r\n", "\r", "\t", "x y", "1"];

        public static readonly Gen<string> Cell = Gen.OneOf(Pieces).Array[0, 8].Select(string.Concat);

        /// <summary>A value as Kith holds it: trimmed, and absent rather than empty.</summary>
        private static readonly Gen<string?> Text = Cell.Select(s => string.IsNullOrWhiteSpace(s) ? null : s.Trim());

        private static readonly Gen<string> Name = Text.Select(s => s ?? "a");

        private static readonly Gen<string> Word = Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789._"].Array[1, 11].Select(c => new string(c));

        private static readonly Gen<LabelledValue[]> Emails = Word.Select(w => new LabelledValue($"{w}@example.org", "home")).Array[0, 3]
            .Select(list => list.DistinctBy(e => e.Value.ToLowerInvariant()).ToArray());

        private static readonly Gen<LabelledValue[]> Phones = Gen.Char["0123456789 +()-."].Array[1, 20].Select(c => new string(c).Trim())
            .Select(s => s.Length == 0 ? "0" : s).Select(s => new LabelledValue(s)).Array[0, 3]
            .Select(list => list.DistinctBy(p => p.Value).ToArray());

        /// <summary>Tags never hold "," or ";": Kith's forms split tags on them too.</summary>
        private static readonly Gen<string[]> Tags = Name.Select(t => t.Replace(",", "", StringComparison.Ordinal).Replace(";", "", StringComparison.Ordinal).Trim())
            .Select(t => t.Length == 0 ? "tag" : t).Array[0, 4]
            .Select(list => list.DistinctBy(t => t.ToLowerInvariant()).ToArray());

        private static readonly Gen<DateOnly?> Day = Gen.DateOnly[new DateOnly(1900, 1, 1), new DateOnly(2100, 12, 31)].Nullable();

        private static readonly Gen<string?> Url = Word.Select(w => "https://example.org/" + w).Null();

        private static readonly Gen<ContactRecord> Person = Gen.Select(
            Gen.Select(Name, Text, Text, Emails, Phones),
            Gen.Select(Text, Text, Text, Url, Url),
            Gen.Select(Day, Day, Tags, Text),
            (names, work, rest) => new ContactRecord
            {
                FirstName = names.Item1,
                LastName = names.Item2,
                Nickname = names.Item3,
                Emails = names.Item4,
                Phones = names.Item5,
                Organisation = work.Item1,
                Department = work.Item2,
                JobTitle = work.Item3,
                Website = work.Item4,
                LinkedInUrl = work.Item5,
                MetOn = rest.Item1,
                Birthday = rest.Item2,
                Tags = rest.Item3,
                Notes = rest.Item4,
            });

        public static readonly Gen<ContactRecord[]> People = Person.Array[1, 4];
    }
}
