using System.Text;
using Kith.Core.Import;
using Kith.Core.Import.Formats;

namespace Kith.Core.Tests.Import.Formats;

/// <summary>Files that are not CSV, or broken CSV: a clear error with the line, never a crash, never a row.</summary>
public class MalformedCsvTests
{
    private static Task<List<ReadRow>> LinkedIn(string name) => CsvSamples.ReadFileAsync(name, t => LinkedInCsv.ReadAsync(t));

    [Fact]
    public async Task ReadAsync_TruncatedFile_SaysWhereTheOpenQuoteStarts()
    {
        var error = await Assert.ThrowsAsync<ImportFileException>(() => LinkedIn("truncated.csv"));

        Assert.Equal("Line 3: the quoted field that starts here never ends.", error.Message);
    }

    [Fact]
    public async Task ReadAsync_HeaderOnly_IsAFileErrorOnTheHeaderLine()
    {
        var error = await Assert.ThrowsAsync<ImportFileException>(() => LinkedIn("header-only.csv"));

        Assert.Equal("Line 1: the file has a header but no rows.", error.Message);
    }

    [Fact]
    public async Task ReadAsync_HeaderOnlyForAMappedCsv_IsAFileErrorToo()
    {
        var error = await Assert.ThrowsAsync<ImportFileException>(() =>
            CsvSamples.ReadFileAsync("header-only.csv", t => MappedCsv.ReadAsync(t, new ColumnMapping(new Dictionary<string, string>()))));

        Assert.Equal(1, error.Line);
    }

    [Fact]
    public async Task ReadAsync_Latin1File_SaysItIsNotUtf8OnTheLineOfTheFirstAccent()
    {
        var error = await Assert.ThrowsAsync<ImportFileException>(() =>
            CsvSamples.ReadFileAsync("latin1.csv", t => MappedCsv.ReadAsync(t, new ColumnMapping(new Dictionary<string, string>()))));

        Assert.Equal(ImportText.WrongEncoding(3).Message, error.Message);
    }

    [Fact]
    public async Task ReadAsync_Latin1BytesPast64Kilobytes_StillFindsTheRightLine()
    {
        // The decoder fails on a whole 64 KB block; the line must be the bad byte's, not the block's.
        var good = string.Concat(Enumerable.Range(1, 5_000).Select(i => $"Person{i},Lima,Acme\n"));
        var bytes = Encoding.UTF8.GetBytes("First Name,Last Name,Company\n" + good)
            .Concat(new byte[] { (byte)'J', (byte)'o', (byte)'s', 0xE9, (byte)',', (byte)'X', (byte)',', (byte)'Y', (byte)'\n' }).ToArray();
        Assert.True(bytes.Length > 64 * 1024);

        var error = await Assert.ThrowsAsync<ImportFileException>(() =>
            CsvSamples.ReadBytesAsync(bytes, t => GoogleCsv.ReadAsync(t)));

        Assert.Equal(5_002, error.Line);
        Assert.Contains("not UTF-8", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_Utf8BomThenLatin1Bytes_IsStillAnEncodingError()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.ASCII.GetBytes("Name,Company\nJos")).Concat(new byte[] { 0xE9, (byte)'\n' }).ToArray();

        var error = await Assert.ThrowsAsync<ImportFileException>(() =>
            CsvSamples.ReadBytesAsync(bytes, t => MappedCsv.ReadAsync(t, new ColumnMapping(new Dictionary<string, string>()))));

        Assert.Equal(ImportText.WrongEncoding(2).Message, error.Message);
    }

    [Fact]
    public async Task ReadAsync_PngFile_SaysItIsBinary()
    {
        var error = await Assert.ThrowsAsync<ImportFileException>(() => LinkedIn("binary.bin"));

        Assert.Equal(ImportText.Binary(1).Message, error.Message);
    }

    [Fact]
    public async Task ReadAsync_EmptyFile_SaysItIsEmpty()
    {
        var error = await Assert.ThrowsAsync<ImportFileException>(() => CsvSamples.ReadBytesAsync([], t => LinkedInCsv.ReadAsync(t)));

        Assert.Null(error.Line);
        Assert.Equal("the file is empty.", error.Message);
    }

    [Fact]
    public async Task ReadHeaderAsync_OnlyBlankLines_SaysTheFileIsEmpty()
    {
        var error = await Assert.ThrowsAsync<ImportFileException>(() => MappedCsv.ReadHeaderAsync(new StringReader("\n\r\n,,\n")));

        Assert.Equal("the file is empty.", error.Message);
    }

    [Fact]
    public async Task ReadAsync_TenMegabyteSingleLine_StopsAtTheLimitWithoutReadingItAll()
    {
        const long size = 10 * 1024 * 1024;
        var stream = new CountingStream(size);

        var error = await Assert.ThrowsAsync<ImportFileException>(() => CsvSamples.ReadStreamAsync(stream, t => LinkedInCsv.ReadAsync(t)));

        Assert.Equal(ImportText.TooLong(1).Message, error.Message);
        // The limit is 1,000,000 characters; the reader may be one 64 KB block ahead, not the whole file.
        Assert.InRange(stream.BytesRead, ImportText.MaxLineLength, ImportText.MaxLineLength + 200_000);
    }

    [Fact]
    public async Task ReadAsync_NotALinkedInFile_SaysTheHeaderIsMissing()
    {
        var error = await Assert.ThrowsAsync<ImportFileException>(() =>
            CsvSamples.ReadTextAsync("Name,Email\nAna,ana@example.com\n", t => LinkedInCsv.ReadAsync(t)));

        Assert.Equal(1, error.Line);
        Assert.Contains("no LinkedIn header", error.Reason, StringComparison.Ordinal);
    }

    /// <summary>A stream of <c>a</c>s with no line break that counts how much was asked of it, without holding it.</summary>
    private sealed class CountingStream(long length) : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - BytesRead);
            buffer.AsSpan(offset, n).Fill((byte)'a');
            BytesRead += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
