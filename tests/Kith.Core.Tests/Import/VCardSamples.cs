using System.Text;
using Kith.Core.Import;
using Kith.Core.Import.Formats;

namespace Kith.Core.Tests.Import;

/// <summary>Reads the sample corpus (and inline text) the way the import does: strict UTF-8 text, streamed.</summary>
internal static class VCardSamples
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Import", "Samples", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static Task<List<ReadRow>> ReadFileAsync(string name, VCardReadOptions? options = null) =>
        ReadBytesAsync(Bytes(name), options);

    public static async Task<List<ReadRow>> ReadBytesAsync(byte[] bytes, VCardReadOptions? options = null)
    {
        using var stream = new MemoryStream(bytes);
        using var text = ImportText.Open(stream);
        return await ReadAsync(text, options);
    }

    /// <summary>Inline test cards: "\n" in <paramref name="vcf"/> becomes CRLF, as phones write.</summary>
    public static Task<List<ReadRow>> ReadTextAsync(string vcf, VCardReadOptions? options = null) =>
        ReadBytesAsync(Encoding.UTF8.GetBytes(vcf.ReplaceLineEndings("\r\n")), options);

    public static async Task<ContactRecord> ReadOneAsync(string vcf, VCardReadOptions? options = null)
    {
        var row = Assert.Single(await ReadTextAsync(vcf, options));
        Assert.Empty(row.Errors);
        return row.Record!;
    }

    public static async Task<List<ReadRow>> ReadAsync(TextReader text, VCardReadOptions? options = null)
    {
        var rows = new List<ReadRow>();
        await foreach (var row in VCard.ReadAsync(text, options ?? new VCardReadOptions())) rows.Add(row);
        return rows;
    }

    public static string Write(params ContactRecord[] records)
    {
        var output = new StringWriter();
        foreach (var record in records) VCard.Write(output, record);
        return output.ToString();
    }

    /// <summary>Record equality for the scalars (and photo bytes), sequence equality for the lists.</summary>
    public static void AssertSameRecord(ContactRecord expected, ContactRecord actual)
    {
        Assert.Equal(expected.Emails, actual.Emails);
        Assert.Equal(expected.Phones, actual.Phones);
        Assert.Equal(expected.Addresses, actual.Addresses);
        Assert.Equal(expected.Tags, actual.Tags);
        Assert.Equal(expected.Extras, actual.Extras);
        Assert.Equal(Scalars(expected), Scalars(actual));
    }

    private static ContactRecord Scalars(ContactRecord r) => r with
    {
        Emails = Array.Empty<LabelledValue>(),
        Phones = Array.Empty<LabelledValue>(),
        Addresses = Array.Empty<ContactAddress>(),
        Tags = Array.Empty<string>(),
        Extras = Array.Empty<string>(),
    };
}
