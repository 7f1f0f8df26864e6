using System.Text;
using CsCheck;
using Kith.Core.Import;
using Kith.Core.Import.Formats;

namespace Kith.Core.Tests.Import.Formats;

/// <summary>
/// Mutated and random bytes through every CSV reader: the only failure allowed is an
/// <see cref="ImportFileException"/>; anything else that comes out is a row with a record, errors or a reason.
/// </summary>
public class CsvFuzzTests
{
    private static readonly byte[] LinkedInSample = File.ReadAllBytes(CsvSamples.PathOf("linkedin-2024.csv"));

    private static readonly Func<byte[], Task<List<ReadRow>>>[] Readers =
    [
        bytes => CsvSamples.ReadBytesAsync(bytes, t => LinkedInCsv.ReadAsync(t)),
        bytes => CsvSamples.ReadBytesAsync(bytes, t => GoogleCsv.ReadAsync(t)),
        async bytes =>
        {
            // As the import does: the mapping is guessed from the file's own header.
            IReadOnlyList<string> header;
            using (var text = ImportText.Open(new MemoryStream(bytes)))
                header = await MappedCsv.ReadHeaderAsync(text);
            return await CsvSamples.ReadBytesAsync(bytes, t => MappedCsv.ReadAsync(t, MappedCsv.Guess(header)));
        },
    ];

    /// <summary>Up to 8 edits: overwrite, insert or delete one byte. Bytes are biased towards the ones CSV cares about.</summary>
    private static readonly Gen<(int Op, double At, byte Value)[]> Mutations = Gen.Select(
        Gen.Int[0, 2],
        Gen.Double[0, 1],
        Gen.Frequency((3, Gen.Byte), (2, Gen.OneOf((byte)'"', (byte)',', (byte)'\n', (byte)'\r', (byte)0, (byte)0xE9, (byte)0xF0))))
        .Array[1, 8];

    private static byte[] Mutate(byte[] original, (int Op, double At, byte Value)[] edits)
    {
        var bytes = original.ToList();
        foreach (var (op, at, value) in edits)
        {
            var i = Math.Min((int)(at * bytes.Count), Math.Max(bytes.Count - 1, 0));
            switch (op)
            {
                case 0 when bytes.Count > 0: bytes[i] = value; break;
                case 1: bytes.Insert(i, value); break;
                case 2 when bytes.Count > 0: bytes.RemoveAt(i); break;
            }
        }
        return bytes.ToArray();
    }

    private static async Task ReadSafely(byte[] bytes, Func<byte[], Task<List<ReadRow>>> read)
    {
        List<ReadRow> rows;
        try
        {
            rows = await read(bytes);
        }
        catch (ImportFileException error)
        {
            Assert.False(string.IsNullOrWhiteSpace(error.Reason));
            Assert.True(error.Line is null or > 0);
            return;
        }
        foreach (var row in rows)
        {
            Assert.True(row.Line > 0);
            Assert.True(row.Record is not null || row.SkipReason is not null || row.Errors.Count > 0);
        }
        Assert.Equal(rows.Select(r => r.Line).Order(), rows.Select(r => r.Line));
    }

    [Fact]
    public async Task ReadAsync_MutatedLinkedInExport_NeverThrowsAnythingButAFileError()
    {
        await Check.SampleAsync(Mutations, async edits =>
        {
            var bytes = Mutate(LinkedInSample, edits);
            foreach (var read in Readers)
                await ReadSafely(bytes, read);
        }, iter: 1_500);
    }

    [Fact]
    public async Task ReadAsync_RandomBytes_NeverThrowsAnythingButAFileError()
    {
        // Pieces of CSV and of the headers the readers look for, with random bytes between them.
        var piece = Gen.Frequency(
            (1, Gen.Byte.Array[1, 3]),
            (4, Gen.OneOf("a", "Ana", "é", "🚀", ",", "\"", "\n", "\r\n", "First Name", "Last Name", "Connected On", "09 Oct 2024",
                "E-mail 1 - Value", "Given Name", "Family Name", " ::: ").Select(s => Encoding.UTF8.GetBytes(s))));
        var csvBytes = piece.Array[0, 60].Select(pieces => pieces.SelectMany(p => p).ToArray());
        await Check.SampleAsync(csvBytes, async bytes =>
        {
            foreach (var read in Readers)
                await ReadSafely(bytes, read);
        }, iter: 1_500);
    }

    [Fact]
    public void Detect_MutatedLinkedInExport_NeverThrows()
    {
        Check.Sample(Mutations, edits =>
        {
            var head = Encoding.UTF8.GetString(Mutate(LinkedInSample, edits));
            Assert.True(Enum.IsDefined(CsvDialects.Detect(head)));
        }, iter: 1_500);
    }
}
