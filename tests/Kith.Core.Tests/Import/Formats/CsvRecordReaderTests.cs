using System.Text;
using Kith.Core.Import;
using Kith.Core.Import.Formats;

namespace Kith.Core.Tests.Import.Formats;

public class CsvRecordReaderTests
{
    private static async Task<List<CsvRecord>> ReadAllAsync(string csv)
    {
        var reader = new CsvRecordReader(new StringReader(csv));
        var records = new List<CsvRecord>();
        while (await reader.ReadAsync() is { } record)
            records.Add(record);
        return records;
    }

    [Fact]
    public async Task ReadAsync_QuotedCommasQuotesAndNewlines_AreOneCellEach()
    {
        var records = await ReadAllAsync("a,\"b, c\",\"say \"\"hi\"\"\",\"two\nlines\"\nnext,row\n");

        Assert.Equal(2, records.Count);
        Assert.Equal(["a", "b, c", "say \"hi\"", "two\nlines"], records[0].Cells);
        Assert.Equal(["next", "row"], records[1].Cells);
    }

    [Fact]
    public async Task ReadAsync_RecordAfterAMultiLineCell_StartsOnItsPhysicalLine()
    {
        var records = await ReadAllAsync("h1,h2\r\n\"one\r\ntwo\r\nthree\",x\r\nlast,y\r\n");

        Assert.Equal([1, 2, 5], records.Select(r => r.Line));
        Assert.Equal("one\r\ntwo\r\nthree", records[1].Cells[0]);
    }

    [Fact]
    public async Task ReadAsync_LfCrLfAndCrEndings_CountLinesTheSame()
    {
        var records = await ReadAllAsync("a\nb\r\nc\rd");

        Assert.Equal(["a", "b", "c", "d"], records.Select(r => r.Cells[0]));
        Assert.Equal([1, 2, 3, 4], records.Select(r => r.Line));
    }

    [Fact]
    public async Task ReadAsync_BlankLinesAndEmptyCells_AreKeptAndMarkedBlank()
    {
        var records = await ReadAllAsync("a,b\n\n,,\nc,\n");

        Assert.Equal(4, records.Count);
        Assert.True(records[1].IsBlank);
        Assert.True(records[2].IsBlank);
        Assert.Equal(["c", ""], records[3].Cells);
        Assert.False(records[3].IsBlank);
    }

    [Fact]
    public async Task ReadAsync_NoFinalLineBreak_ReturnsTheLastRecord()
    {
        var records = await ReadAllAsync("a,b\nc,\"d\"");

        Assert.Equal(["c", "d"], records[1].Cells);
    }

    [Fact]
    public async Task ReadAsync_SloppyQuotes_KeepTheTextRatherThanFail()
    {
        var records = await ReadAllAsync("5\" screen,\"quoted\"tail\n");

        Assert.Equal(["5\" screen", "quotedtail"], records[0].Cells);
    }

    [Fact]
    public async Task ReadAsync_UnterminatedQuote_SaysTheLineWhereTheQuoteStarts()
    {
        var error = await Assert.ThrowsAsync<ImportFileException>(() => ReadAllAsync("a,b\nc,d\ne,\"never\nends,here\n"));

        Assert.Equal(3, error.Line);
        Assert.Equal("Line 3: the quoted field that starts here never ends.", error.Message);
    }

    [Fact]
    public async Task ReadAsync_NulCharacter_IsABinaryFileOnItsLine()
    {
        var error = await Assert.ThrowsAsync<ImportFileException>(() => ReadAllAsync("a,b\nc\0d,e\n"));

        Assert.Equal(2, error.Line);
        Assert.Contains("binary file", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_LineLongerThanTheLimit_IsRefused()
    {
        var csv = "a,b\n" + new string('x', ImportText.MaxLineLength + 1) + "\n";

        var error = await Assert.ThrowsAsync<ImportFileException>(() => ReadAllAsync(csv));

        Assert.Equal(2, error.Line);
        Assert.Equal(ImportText.TooLong(2).Message, error.Message);
    }

    [Fact]
    public async Task ReadAsync_LineExactlyAtTheLimit_IsRead()
    {
        var records = await ReadAllAsync(new string('x', ImportText.MaxLineLength) + "\n");

        Assert.Equal(ImportText.MaxLineLength, records[0].Cells[0].Length);
    }

    [Fact]
    public async Task ReadAsync_QuoteLeftOpenOverManyShortLines_StopsWithoutReadingTheWholeFile()
    {
        // One stray quote, then 200,000 ordinary lines: the cell would swallow them all.
        var csv = "a,\"oops\n" + string.Concat(Enumerable.Repeat("Ana,Lima,ana@example.com\n", 200_000));

        var error = await Assert.ThrowsAsync<ImportFileException>(() => ReadAllAsync(csv));

        Assert.Equal(1, error.Line);
        Assert.Contains("closing quote is probably missing", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_ByteOrderMarkLeftInText_IsNotPartOfTheFirstCell()
    {
        var records = await ReadAllAsync("\uFEFFFirst Name,Last Name\n");

        Assert.Equal("First Name", records[0].Cells[0]);
    }

    [Fact]
    public async Task ReadAsync_Utf8FileWithBom_DecodesThroughImportText()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Nome,Cidade\nJoão,São Paulo\n")).ToArray();
        using var text = ImportText.Open(new MemoryStream(bytes));
        var reader = new CsvRecordReader(text);

        var header = await reader.ReadAsync();
        var row = await reader.ReadAsync();

        Assert.Equal("Nome", header!.Cells[0]);
        Assert.Equal(["João", "São Paulo"], row!.Cells);
    }

    [Fact]
    public void Read_SameTextAsReadAsync_GivesTheSameRecords()
    {
        var reader = new CsvRecordReader(new StringReader("a,\"b\nc\"\r\nd\n"));

        Assert.Equal(["a", "b\nc"], reader.Read()!.Cells);
        Assert.Equal(3, reader.Read()!.Line);
        Assert.Null(reader.Read());
    }
}
