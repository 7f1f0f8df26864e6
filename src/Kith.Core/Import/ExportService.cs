namespace Kith.Core.Import;

/// <summary>People out as CSV or vCard 4.0, streamed page by page (three queries a page, never one per person).</summary>
public sealed class ExportService
{
    /// <summary>Everyone but me, as Kith's CSV (columns that <see cref="Formats.MappedCsv.Guess"/> maps back).</summary>
    public Task WriteCsvAsync(TextWriter output, CancellationToken ct = default) => throw new NotImplementedException();

    /// <summary>Everyone but me as vCard 4.0; or only <paramref name="personId"/> (me included) when given.</summary>
    public Task WriteVCardsAsync(TextWriter output, int? personId = null, CancellationToken ct = default) => throw new NotImplementedException();
}
