namespace Kith.Core.Import.Formats;

/// <summary>How to read a .vcf file.</summary>
/// <param name="KeepPhotos">Keep inline pictures (up to <see cref="People.Person.PhotoMaxBytes"/>); false drops every PHOTO.</param>
public sealed record VCardReadOptions(bool KeepPhotos = true);

/// <summary>vCard in (2.1, 3.0, 4.0) and out (4.0): a pure translation to and from <see cref="ContactRecord"/>.</summary>
public static class VCard
{
    /// <summary>Streams the cards of a .vcf file (2.1, 3.0 or 4.0), one <see cref="ReadRow"/> per BEGIN:VCARD…END:VCARD.</summary>
    public static IAsyncEnumerable<ReadRow> ReadAsync(TextReader text, VCardReadOptions options, CancellationToken ct = default) =>
        VCardReader.ReadAsync(text, options, ct);

    /// <summary>Writes one vCard 4.0 (RFC 6350): CRLF line ends, lines folded at 75 octets, extras given back.</summary>
    public static void Write(TextWriter output, ContactRecord record) => VCardWriter.Write(output, record);
}
