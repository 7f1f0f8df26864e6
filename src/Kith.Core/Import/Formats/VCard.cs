namespace Kith.Core.Import.Formats;

// CONTRACT — helper B replaces these bodies (vCard 2.1/3.0/4.0 reading, 4.0 writing).

public sealed record VCardReadOptions(bool KeepPhotos = true);

public static class VCard
{
    /// <summary>Streams the cards of a .vcf file (2.1, 3.0 or 4.0), one <see cref="ReadRow"/> per BEGIN:VCARD…END:VCARD.</summary>
    public static IAsyncEnumerable<ReadRow> ReadAsync(TextReader text, VCardReadOptions options, CancellationToken ct = default) => throw new NotImplementedException();

    /// <summary>Writes one vCard 4.0 (RFC 6350): CRLF line ends, lines folded at 75 octets, extras given back.</summary>
    public static void Write(TextWriter output, ContactRecord record) => throw new NotImplementedException();
}
