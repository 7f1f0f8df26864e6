using System.Text;
using System.Text.Json;
using Kith.Core.Backup;
using Kith.Core.Import;

namespace Kith.Core.Tests.Backup;

/// <summary>The streaming reader under the restore: values split across reads, byte order marks, and the lines it reports.</summary>
public sealed class JsonStreamReaderTests
{
    private const string Document = "{\n  \"tags\": [\n    { \"id\": 1, \"name\": \"book club\" },\n    { \"id\": 2, \"name\": \"ação\" }\n  ]\n}\n";

    [Fact]
    public async Task ReadItemAsync_ValuesSplitAcrossTinyReads_ReadsEveryRowWhole()
    {
        var reader = new JsonStreamReader(new TrickleStream(Encoding.UTF8.GetBytes(Document), 3));

        var rows = await ReadTagsAsync(reader);

        Assert.Equal([(1, "book club"), (2, "ação")], rows.Select(r => (r.Id, r.Name)));
        Assert.Equal(JsonTokenType.EndObject, await reader.ReadAsync(default));
        Assert.Equal(JsonTokenType.None, await reader.ReadAsync(default));
    }

    [Fact]
    public async Task ReadAsync_ByteOrderMarkAtTheStart_IsSkipped()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Document)).ToArray();
        var reader = new JsonStreamReader(new TrickleStream(bytes, 1));

        var rows = await ReadTagsAsync(reader);

        Assert.Equal(2, rows.Count);
    }

    [Fact]
    public async Task ReadItemAsync_WrongTypeOnALaterLine_ReportsThatLineAndTheField()
    {
        var broken = Document.Replace("\"id\": 2", "\"id\": \"two\"", StringComparison.Ordinal);
        var reader = new JsonStreamReader(new TrickleStream(Encoding.UTF8.GetBytes(broken), 5));

        var error = await Assert.ThrowsAsync<ImportFileException>(() => ReadTagsAsync(reader));

        Assert.Equal(4, error.Line);
        Assert.StartsWith("tags[1].id: ", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_GarbageAfterTheDocument_NotValidJsonOnItsLine()
    {
        var reader = new JsonStreamReader(new TrickleStream(Encoding.UTF8.GetBytes(Document + "\n\nx"), 4));

        await ReadTagsAsync(reader);
        await reader.ReadAsync(default);
        var error = await Assert.ThrowsAsync<ImportFileException>(() => reader.ReadAsync(default).AsTask());

        Assert.Equal(9, error.Line);
        Assert.StartsWith("the file is not valid JSON", error.Reason, StringComparison.Ordinal);
    }

    private static async Task<List<TagRow>> ReadTagsAsync(JsonStreamReader reader)
    {
        Assert.Equal(JsonTokenType.StartObject, await reader.ReadAsync(default));
        Assert.Equal(JsonTokenType.PropertyName, await reader.ReadAsync(default));
        Assert.Equal(JsonTokenType.StartArray, await reader.ReadAsync(default));
        var rows = new List<TagRow>();
        while (true)
        {
            var (read, row) = await reader.ReadItemAsync(BackupJson.Default.TagRow, $"tags[{rows.Count}]", default);
            if (!read) return rows;
            rows.Add(row!);
        }
    }

    /// <summary>A stream that hands out at most a few bytes per read, as a slow network would.</summary>
    private sealed class TrickleStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(chunk, buffer.Length)], cancellationToken);
    }
}
