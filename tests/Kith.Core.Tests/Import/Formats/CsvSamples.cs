using System.Text;
using Kith.Core.Import;

namespace Kith.Core.Tests.Import.Formats;

/// <summary>Reading the sample corpus and in-memory files the way the import does: bytes through <see cref="ImportText.Open"/>.</summary>
internal static class CsvSamples
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Import", "Samples", name);

    public static async Task<List<ReadRow>> ReadFileAsync(string name, Func<TextReader, IAsyncEnumerable<ReadRow>> read)
    {
        await using var stream = File.OpenRead(PathOf(name));
        return await ReadStreamAsync(stream, read);
    }

    public static Task<List<ReadRow>> ReadTextAsync(string csv, Func<TextReader, IAsyncEnumerable<ReadRow>> read) =>
        ReadBytesAsync(Encoding.UTF8.GetBytes(csv), read);

    public static async Task<List<ReadRow>> ReadBytesAsync(byte[] bytes, Func<TextReader, IAsyncEnumerable<ReadRow>> read)
    {
        using var stream = new MemoryStream(bytes);
        return await ReadStreamAsync(stream, read);
    }

    public static async Task<List<ReadRow>> ReadStreamAsync(Stream stream, Func<TextReader, IAsyncEnumerable<ReadRow>> read)
    {
        using var text = ImportText.Open(stream);
        var rows = new List<ReadRow>();
        await foreach (var row in read(text))
            rows.Add(row);
        return rows;
    }

    /// <summary>The rows that hold a person and no errors, by their display name.</summary>
    public static ContactRecord Person(this IEnumerable<ReadRow> rows, string displayName) =>
        Assert.Single(rows, r => r.Record?.DisplayName == displayName).Record!;
}
