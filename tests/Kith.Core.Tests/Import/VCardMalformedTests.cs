using System.Text;
using Kith.Core.Import;
using Kith.Core.Import.Formats;
using static Kith.Core.Tests.Import.VCardSamples;

namespace Kith.Core.Tests.Import;

/// <summary>Files and cards that are wrong: a whole-file error with its line, or a row error naming the property.</summary>
public sealed class VCardMalformedTests
{
    [Fact]
    public async Task ReadAsync_TruncatedFile_FailsAtTheLineOfTheUnfinishedCard()
    {
        var error = await Assert.ThrowsAsync<ImportFileException>(() => ReadFileAsync("truncated.vcf"));

        Assert.Equal(6, error.Line);
        Assert.Equal("the card that starts here never ends (no END:VCARD)", error.Reason);
        Assert.Equal("Line 6: the card that starts here never ends (no END:VCARD)", error.Message);
    }

    [Fact]
    public async Task ReadAsync_CardStartsBeforeThePreviousEnds_FailsAtThePreviousCard()
    {
        var error = await Assert.ThrowsAsync<ImportFileException>(() =>
            ReadTextAsync("BEGIN:VCARD\nFN:Ana Lima\nBEGIN:VCARD\nFN:Bea Boss\nEND:VCARD\n"));

        Assert.Equal(1, error.Line);
    }

    [Fact]
    public async Task ReadAsync_FileWithoutBegin_SaysItIsNotAVCard()
    {
        var error = await Assert.ThrowsAsync<ImportFileException>(() => ReadFileAsync("no-begin.vcf"));

        Assert.Equal(1, error.Line);
        Assert.Equal("this is not a vCard file: no BEGIN:VCARD line", error.Reason);
    }

    [Fact]
    public async Task ReadAsync_EmptyFile_SaysItIsNotAVCard()
    {
        var error = await Assert.ThrowsAsync<ImportFileException>(() => ReadBytesAsync([]));

        Assert.Equal("this is not a vCard file: no BEGIN:VCARD line", error.Reason);
    }

    [Fact]
    public async Task ReadAsync_Latin1Bytes_FailAsTheWrongEncoding()
    {
        // "Renée Lefèvre" saved as ISO-8859-1 without saying so: not UTF-8 text.
        byte[] latin1 = [.. "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lef"u8, 0xE8, .. "vre;Ren"u8, 0xE9, .. "e;;;\r\nEND:VCARD\r\n"u8];

        var error = await Assert.ThrowsAsync<ImportFileException>(() => ReadBytesAsync(latin1));

        Assert.Equal(ImportText.WrongEncoding(1).Reason, error.Reason);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public async Task ReadAsync_NulCharacter_FailsAsABinaryFileAtItsLine()
    {
        var error = await Assert.ThrowsAsync<ImportFileException>(() => ReadTextAsync("BEGIN:VCARD\nFN:Ana\0Lima\nEND:VCARD\n"));

        Assert.Equal(2, error.Line);
        Assert.Equal(ImportText.Binary(2).Reason, error.Reason);
    }

    [Fact]
    public async Task ReadAsync_TenMegabyteLine_FailsWithoutReadingItWhole()
    {
        var text = new EndlessLine(10_000_000);

        var error = await Assert.ThrowsAsync<ImportFileException>(() => ReadAsync(text));

        Assert.Equal(1, error.Line);
        Assert.Equal(ImportText.TooLong(1).Reason, error.Reason);
        Assert.InRange(text.CharsRead, ImportText.MaxLineLength, ImportText.MaxLineLength + 64 * 1024);
    }

    [Fact]
    public async Task ReadAsync_EndlesslyFoldedLine_FailsAsTooLong()
    {
        var vcf = new StringBuilder("BEGIN:VCARD\r\nNOTE:");
        var fold = "\r\n " + new string('x', 72);
        while (vcf.Length <= VCardLines.MaxLogicalLength * 11L / 10) vcf.Append(fold);

        var error = await Assert.ThrowsAsync<ImportFileException>(() => ReadAsync(new StringReader(vcf.ToString())));

        Assert.Equal(2, error.Line);
        Assert.Equal(ImportText.TooLong(2).Reason, error.Reason);
    }

    [Fact]
    public async Task ReadAsync_CardWithoutAnyName_IsARowErrorOnFn()
    {
        var row = Assert.Single(await ReadTextAsync("BEGIN:VCARD\nVERSION:3.0\nEMAIL:who@example.org\nEND:VCARD\n"));

        Assert.Equal(1, row.Line);
        Assert.Equal([new RowError("FN", "the card has no name")], row.Errors);
    }

    [Fact]
    public async Task ReadAsync_BadBirthday_IsARowErrorOnBdayAndTheRestIsRead()
    {
        var rows = await ReadTextAsync("BEGIN:VCARD\nFN:Ana Lima\nEND:VCARD\nBEGIN:VCARD\nFN:Bea Boss\nBDAY:1985-02-30\nEND:VCARD\n");

        Assert.Empty(rows[0].Errors);
        var bea = rows[1];
        Assert.Equal(4, bea.Line);
        var error = Assert.Single(bea.Errors);
        Assert.Equal("BDAY", error.Field);
        Assert.Contains("'1985-02-30' is not a date", error.Message);
        Assert.Equal("Bea Boss", bea.Record?.DisplayName);
    }

    [Theory]
    [InlineData("N;ENCODING=QUOTED-PRINTABLE:M=ZZller;J;;;", "N", "quoted-printable value is not valid")]
    [InlineData("N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Lef=E8vre;R;;;", "N", "not valid utf-8 text")]
    [InlineData("NOTE;CHARSET=KLINGON;ENCODING=QUOTED-PRINTABLE:Qapla=21", "NOTE", "unknown character set 'KLINGON'")]
    [InlineData("X-NOTE;ENCODING=QUOTED-PRINTABLE:bad =G1", "X-NOTE", "quoted-printable value is not valid")]
    [InlineData("PHOTO;ENCODING=b;TYPE=JPEG:not*base64", "PHOTO", "not valid base64")]
    [InlineData("this line has no colon", "this", "is not a vCard property")]
    public async Task ReadAsync_UndecodableProperty_IsARowErrorNamingIt(string line, string field, string message)
    {
        var row = Assert.Single(await ReadTextAsync($"BEGIN:VCARD\nVERSION:2.1\nFN:Ana Lima\n{line}\nEND:VCARD\n"));

        var error = Assert.Single(row.Errors);
        Assert.Equal(field, error.Field);
        Assert.Contains(message, error.Message);
        Assert.Contains("line 4", error.Message);
        Assert.Equal("Ana Lima", row.Record?.DisplayName);
    }

    [Fact]
    public async Task ReadAsync_CardFullOfGarbage_ListsTwentyProblemsAndCountsTheRest()
    {
        var garbage = string.Concat(Enumerable.Range(0, 50).Select(i => $"garbage {i}\n"));

        var row = Assert.Single(await ReadTextAsync($"BEGIN:VCARD\nFN:Ana Lima\n{garbage}END:VCARD\n"));

        Assert.Equal(21, row.Errors.Count);
        Assert.Equal("line 3 is not a vCard property (NAME:value)", row.Errors[0].Message);
        Assert.Equal("and 30 more problems in this card", row.Errors[^1].Message);
    }

    [Fact]
    public async Task ReadAsync_CardWithTooManyLines_FailsAtItsBegin()
    {
        var lines = string.Concat(Enumerable.Range(0, 10_001).Select(i => $"X-N:{i}\r\n"));

        var error = await Assert.ThrowsAsync<ImportFileException>(() =>
            ReadAsync(new StringReader($"junk\r\nBEGIN:VCARD\r\nFN:Ana\r\n{lines}END:VCARD\r\n")));

        Assert.Equal(2, error.Line);
        Assert.Contains("more than 10,000 lines", error.Reason);
    }

    [Fact]
    public async Task ReadAsync_FirstCard_ComesBeforeTheRestOfTheFileIsRead()
    {
        var text = new FailAfter("BEGIN:VCARD\r\nFN:Ana Lima\r\nEND:VCARD\r\nBEGIN:VCARD\r\n");

        await using var cards = VCard.ReadAsync(text, new VCardReadOptions()).GetAsyncEnumerator();

        Assert.True(await cards.MoveNextAsync());
        Assert.Equal("Ana Lima", cards.Current.Record?.DisplayName);
        await Assert.ThrowsAsync<IOException>(async () => await cards.MoveNextAsync());
    }

    /// <summary>One line of <paramref name="length"/> letters, made as it is read (never held whole).</summary>
    private sealed class EndlessLine(int length) : TextReader
    {
        public long CharsRead { get; private set; }

        public override int Read(Span<char> buffer)
        {
            var n = (int)Math.Min(buffer.Length, length - CharsRead);
            buffer[..n].Fill('A');
            CharsRead += n;
            return n;
        }

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken ct = default) => new(Read(buffer.Span));
    }

    /// <summary>Gives <paramref name="text"/>, then fails: reading past it proves the reader did not stream.</summary>
    private sealed class FailAfter(string text) : TextReader
    {
        private bool _given;

        public override int Read(Span<char> buffer)
        {
            if (_given) throw new IOException("read past the first card");
            text.AsSpan().CopyTo(buffer);
            _given = true;
            return text.Length;
        }

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken ct = default) => new(Read(buffer.Span));
    }
}
