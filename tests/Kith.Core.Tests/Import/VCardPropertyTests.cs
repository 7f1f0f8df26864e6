using System.Text;
using CsCheck;
using Kith.Core.Import;
using Kith.Core.Import.Formats;
using static Kith.Core.Tests.Import.VCardSamples;

namespace Kith.Core.Tests.Import;

/// <summary>Properties over many random inputs: write → read is lossless, and no mangled file crashes the reader.</summary>
public sealed class VCardPropertyTests
{
    // Pieces of text that stress escaping and folding: separators, backslashes, newlines, multi-byte and astral characters.
    private static readonly string[] Atoms =
        ["a", "b", "Z", "0", "é", "ß", "中", "👋🏽", "😀", " ", "\t", ",", ";", "\\", ":", "\n", "\"", "^", "=", "-", "'", "\\n", "item1."];

    private static Gen<string> Text(int maxAtoms) =>
        Gen.Int[0, Atoms.Length - 1].Array[1, maxAtoms].Select(ix => string.Concat(ix.Select(i => Atoms[i])));

    /// <summary>A field as Kith holds it: trimmed and not empty.</summary>
    private static Gen<string> Field(int maxAtoms) => Text(maxAtoms).Select(s => s.Trim()).Where(s => s.Length > 0);

    private static Gen<T?> Maybe<T>(Gen<T> gen) where T : class => Gen.Select(Gen.Int[0, 3], gen, (n, v) => n == 0 ? null : v);

    private static Gen<DateOnly?> MaybeDate =>
        Gen.Select(Gen.Bool, Gen.DateOnly[new DateOnly(1900, 1, 1), new DateOnly(2100, 12, 31)], (has, d) => has ? d : (DateOnly?)null);

    private static readonly Gen<string?> Label =
        Gen.OneOf<string?>(null, "work", "home", "mobile", "fax", "work fax", "home mobile", "other", "main", "chess club", "x;y,z", "cell", "voice");

    private static readonly Gen<LabelledValue> Labelled = Gen.Select(Field(8), Label, (v, l) => new LabelledValue(v, l));

    private static readonly Gen<ContactAddress> Address =
        Gen.Select(Gen.OneOf<string?>(null, "home", "work", "holiday home"), Maybe(Field(6)), Maybe(Field(6)), Maybe(Field(6)),
                Maybe(Field(6)), Maybe(Field(6)), Maybe(Field(6)), Maybe(Field(6)))
            .Select(t => new ContactAddress(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5, t.Item6, t.Item7, t.Item8))
            .Where(a => a with { Label = null } != new ContactAddress(null, null, null, null, null, null, null, null));

    private static readonly Gen<string[]> Tags =
        Field(6).Array[0, 4].Select(tags => tags.Distinct(StringComparer.OrdinalIgnoreCase).ToArray());

    private static readonly Gen<string> UrlPath = Gen.Char["abcxyz019-_,;%~"].Array[0, 20].Select(c => new string(c));

    private static readonly Gen<ContactPhoto> Photo =
        Gen.Select(Gen.OneOf("image/jpeg", "image/png", "image/gif"), Gen.Byte.Array[1, 400], (t, b) => new ContactPhoto(t, b));

    // Extras in the form the reader gives them: group, name, canonical parameters, an escaped value.
    private static readonly Gen<string> Extra =
        Gen.Select(
            Gen.OneOf("", "item1.", "item7.", "g."),
            Gen.OneOf("X-FOO", "X-ABRELATEDNAMES", "IMPP", "ROLE", "UID", "GENDER", "X-ABLabel"),
            Gen.OneOf("", ";TYPE=work", ";PREF=1", ";X-P=\"a;b\"", ";TYPE=home,x-other", ";X-ENC=QUOTED-PRINTABLE"),
            Text(10),
            (group, name, parameters, value) => $"{group}{name}{parameters}:{VCardEscaping.EscapeText(value)}");

    private static readonly Gen<ContactRecord> Records =
        Gen.Select(
            Gen.Select(Field(8), Maybe(Field(8)), Maybe(Field(8)), Maybe(Field(8)), Maybe(Field(8)), Maybe(Field(8))),
            Gen.Select(Labelled.Array[0, 3], Labelled.Array[0, 3], Address.Array[0, 2], Tags, Extra.Array[0, 4]),
            Gen.Select(Maybe(Text(30)), Maybe(UrlPath), Maybe(UrlPath), MaybeDate, MaybeDate, Maybe(Photo)),
            (names, lists, rest) => new ContactRecord
            {
                Line = 1,
                FirstName = names.Item1,
                LastName = names.Item2,
                Nickname = names.Item3,
                Organisation = names.Item4,
                Department = names.Item5,
                JobTitle = names.Item6,
                Emails = lists.Item1,
                Phones = lists.Item2,
                Addresses = lists.Item3,
                Tags = lists.Item4,
                Extras = lists.Item5,
                Notes = rest.Item1,
                Website = rest.Item2 is null ? null : "https://example.org/" + rest.Item2,
                LinkedInUrl = rest.Item3 is null ? null : "https://www.linkedin.com/in/" + rest.Item3,
                Birthday = rest.Item4,
                MetOn = rest.Item5,
                Photo = rest.Item6,
            });

    [Fact]
    public async Task WriteThenRead_RandomRecord_GivesTheSameRecord()
    {
        await Records.SampleAsync(async record =>
        {
            var rows = await ReadBytesAsync(Encoding.UTF8.GetBytes(Write(record)));

            var row = Assert.Single(rows);
            Assert.Empty(row.Errors);
            AssertSameRecord(record, row.Record!);
        }, iter: 1_000, threads: 1);
    }

    private static readonly string[] Samples = ["iphone-3.0.vcf", "android-2.1.vcf", "google-4.0.vcf", "outlook-2.1.vcf", "truncated.vcf"];

    // What a careless editor, a broken transfer or an attacker might leave in a file.
    private static readonly byte[][] Insertions =
    [
        "\r\n "u8.ToArray(), "="u8.ToArray(), "=\r\n"u8.ToArray(), ":"u8.ToArray(), ";"u8.ToArray(), "\\"u8.ToArray(),
        "\""u8.ToArray(), "BEGIN:VCARD\r\n"u8.ToArray(), "END:VCARD\r\n"u8.ToArray(), "AGENT:\r\n"u8.ToArray(),
        ";ENCODING=QUOTED-PRINTABLE"u8.ToArray(), ";ENCODING=b"u8.ToArray(), ";CHARSET=windows-1252"u8.ToArray(),
        "data:"u8.ToArray(), "item1."u8.ToArray(), [0], [0xC3], [0xFF], [0xE2, 0x82],
    ];

    private sealed record Mutation(int Kind, int Position, int Value);

    private static readonly Gen<(int File, Mutation[] Mutations)> Mutated =
        Gen.Select(Gen.Int[0, Samples.Length - 1],
            Gen.Select(Gen.Int[0, 4], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], (k, p, v) => new Mutation(k, p, v)).Array[1, 8]);

    private static byte[] Mutate(byte[] original, Mutation[] mutations)
    {
        var bytes = new List<byte>(original);
        foreach (var m in mutations)
        {
            var at = bytes.Count == 0 ? 0 : m.Position % bytes.Count;
            switch (m.Kind)
            {
                case 0 when bytes.Count > 0: bytes[at] = (byte)m.Value; break;
                case 1: bytes.InsertRange(at, Insertions[m.Value % Insertions.Length]); break;
                case 2 when bytes.Count > 0: bytes.RemoveRange(at, Math.Min(1 + m.Value % 40, bytes.Count - at)); break;
                case 3 when bytes.Count > 0: bytes.InsertRange(at, bytes.GetRange(at, Math.Min(1 + m.Value % 200, bytes.Count - at))); break;
                case 4: bytes.RemoveRange(at, bytes.Count - at); break;
            }
        }
        return [.. bytes];
    }

    [Fact]
    public async Task ReadAsync_MutatedSampleFiles_ThrowNothingButImportFileException()
    {
        var originals = Samples.Select(Bytes).ToArray();
        int read = 0, refused = 0;

        await Mutated.SampleAsync(async (file, mutations) =>
        {
            var bytes = Mutate(originals[file], mutations);
            try
            {
                var rows = await ReadBytesAsync(bytes);
                read++;
                Assert.All(rows, r => Assert.True(r.Line >= 1 && (r.Record is not null || r.Errors.Count > 0)));
                Assert.Equal(rows.Select(r => r.Line).Order(), rows.Select(r => r.Line));
                // Whatever was read can be written out again as a valid card.
                foreach (var row in rows) Assert.EndsWith("END:VCARD\r\n", Write(row.Record!));
            }
            catch (ImportFileException e)
            {
                // a whole-file error with its line is the right answer for a broken file
                Assert.True(e.Line >= 1);
                refused++;
            }
        }, iter: 3_000, threads: 1);

        // Both paths were taken: the mangled files reached the card mapping, not only the file checks.
        Assert.True(read > 300 && refused > 300, $"read {read}, refused {refused}");
    }

    [Fact]
    public async Task ReadAsync_RandomText_ThrowsNothingButImportFileException()
    {
        var noise = Gen.Int[0, Atoms.Length + 3].Array[0, 200].Select(ix => string.Concat(ix.Select(i => i switch
        {
            _ when i < Atoms.Length => Atoms[i],
            _ when i == Atoms.Length => "\r\nBEGIN:VCARD\r\n",
            _ when i == Atoms.Length + 1 => "\r\nEND:VCARD\r\n",
            _ when i == Atoms.Length + 2 => "\r\n ",
            _ => "=",
        })));

        await noise.SampleAsync(async text =>
        {
            try
            {
                await ReadBytesAsync(Encoding.UTF8.GetBytes(text));
            }
            catch (ImportFileException)
            {
            }
        }, iter: 2_000, threads: 1);
    }
}
