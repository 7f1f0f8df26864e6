using System.Runtime.CompilerServices;
using System.Text;
using Kith.Core.Common;
using Kith.Core.Data;
using Kith.Core.Import.Formats;

namespace Kith.Core.Import;

/// <summary>
/// Bringing people in from a file: a preview that says, row by row, what would happen; then a commit
/// that does exactly that in one transaction, all or nothing. The file is streamed both times, never
/// held whole in memory; the open function opens it afresh for each pass.
/// </summary>
public sealed partial class ImportService(KithDbContext db, AccountClock clock)
{
    private const int ProgressEvery = 250;

    /// <summary>Reads the file and classifies every row as new, update, unchanged, possible duplicate, error or ignored. Writes nothing.</summary>
    public async Task<ImportPreview> PreviewAsync(Func<Stream> open, ImportOptions options, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var source = await ResolveAsync(open, options, ct);
        var planner = new ImportPlanner(await ImportIndex.LoadAsync(db, ct), await clock.TodayAsync(ct), options, new ImportChoices());
        var rows = new List<PreviewRow>();
        long? size = null;
        await foreach (var (row, bytes, total) in ReadAsync(open, source, options, ct))
        {
            size = total;
            rows.Add(planner.Plan(row).Preview);
            if (rows.Count % ProgressEvery == 0) progress?.Report(new ImportProgress("reading", rows.Count, bytes, total));
        }
        if (rows.Count == 0)
            throw new ImportFileException(null, "the file has no rows to import.");
        progress?.Report(new ImportProgress("reading", rows.Count, size ?? 0, size));
        return new ImportPreview(source.Format, source.Columns, source.Mapping, Count(rows), rows);
    }

    /// <summary>
    /// Imports the file with the user's choices, in one transaction. Rows with errors stop the import
    /// (<see cref="ImportRejectedException"/>) unless <see cref="ImportChoices.SkipErrors"/>; a file
    /// error throws <see cref="ImportFileException"/>; either way nothing is written.
    /// </summary>
    public async Task<ImportResult> CommitAsync(Func<Stream> open, ImportOptions options, ImportChoices choices, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var source = await ResolveAsync(open, options, ct);
        var planner = new ImportPlanner(await ImportIndex.LoadAsync(db, ct), await clock.TodayAsync(ct), options, choices);
        var writer = new ImportWriter(db, clock.UtcNow, await clock.ZoneAsync(ct));
        var errorRows = new List<PreviewRow>();
        int created = 0, updated = 0, merged = 0, unchanged = 0, skipped = 0, done = 0;
        long? size = null;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await foreach (var (row, bytes, total) in ReadAsync(open, source, options, ct))
        {
            var planned = planner.Plan(row);
            size = total;
            done++;
            if (planned.Preview.Status == RowStatus.Error)
            {
                if (choices.SkipErrors) skipped++;
                else errorRows.Add(planned.Preview);
            }
            else if (errorRows.Count == 0)
            {
                // Once a row is in error the import will be refused; the rest is only read, to report every error at once.
                switch (planned.Action)
                {
                    case RowAction.Create: created++; await writer.CreateAsync(planned.TargetKey, planned.Record!, ct); break;
                    case RowAction.Merge:
                        if (planned.Preview.Status == RowStatus.PossibleDuplicate) merged++; else updated++;
                        await writer.MergeAsync(planned.TargetKey, planned.Record!, ct);
                        break;
                    case RowAction.Skip: skipped++; break;
                    default:
                        if (planned.Preview.Status is RowStatus.Unchanged or RowStatus.Update or RowStatus.PossibleDuplicate) unchanged++;
                        else skipped++;
                        break;
                }
            }
            if (done % ProgressEvery == 0) progress?.Report(new ImportProgress("writing", done, bytes, total));
        }
        if (done == 0)
            throw new ImportFileException(null, "the file has no rows to import.");
        if (errorRows.Count > 0)
            throw new ImportRejectedException(errorRows);

        await writer.FlushAsync(ct);
        await transaction.CommitAsync(ct);
        // Thousands of new rows change which index is best for the next query.
        await KithDatabase.RefreshStatisticsAsync(db, ct: ct);
        progress?.Report(new ImportProgress("writing", done, size ?? 0, size));
        return new ImportResult(created, updated, merged, unchanged, skipped);
    }

    private static ImportCounts Count(List<PreviewRow> rows) => new(
        rows.Count,
        rows.Count(r => r.Status == RowStatus.New),
        rows.Count(r => r.Status == RowStatus.Update),
        rows.Count(r => r.Status == RowStatus.Unchanged),
        rows.Count(r => r.Status == RowStatus.PossibleDuplicate),
        rows.Count(r => r.Status == RowStatus.Error),
        rows.Count(r => r.Status == RowStatus.Ignored));

    private sealed record Source(ImportFormat Format, IReadOnlyList<string> Columns, ColumnMapping? Mapping);

    /// <summary>Settles the format (sniffing the first bytes when Auto) and, for a plain CSV, the columns and the mapping.</summary>
    private static async Task<Source> ResolveAsync(Func<Stream> open, ImportOptions options, CancellationToken ct)
    {
        if (options.Tag is { Length: > 60 })
            throw ValidationFailedException.For(nameof(options.Tag), "Keep the tag under 60 characters.");
        var format = options.Format == ImportFormat.Auto ? await DetectAsync(open, ct) : options.Format;
        if (format != ImportFormat.Csv)
            return new Source(format, [], null);

        IReadOnlyList<string> headers;
        await using (var stream = open())
        using (var text = ImportText.Open(stream))
            headers = await MappedCsv.ReadHeaderAsync(text, ct);
        return new Source(format, headers, options.Mapping ?? MappedCsv.Guess(headers));
    }

    private static async Task<ImportFormat> DetectAsync(Func<Stream> open, CancellationToken ct)
    {
        var buffer = new byte[8192];
        int read = 0, n;
        await using (var stream = open())
        {
            while (read < buffer.Length && (n = await stream.ReadAsync(buffer.AsMemory(read), ct)) > 0) read += n;
        }
        if (read == 0) throw new ImportFileException(null, "the file is empty.");
        if (buffer.AsSpan(0, read).IndexOf((byte)0) is var nul and >= 0 && !LooksLikeUtf16(buffer, read))
            throw ImportText.Binary(1 + buffer.AsSpan(0, nul).Count((byte)'\n'));

        // Only to recognise the format; the readers decode strictly and report bad bytes with their line.
        using var reader = new StreamReader(new MemoryStream(buffer, 0, read), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var head = await reader.ReadToEndAsync(ct);
        foreach (var line in head.Split('\n').Take(20))
        {
            if (line.Trim().Equals("BEGIN:VCARD", StringComparison.OrdinalIgnoreCase)) return ImportFormat.VCard;
        }
        return CsvDialects.Detect(head);
    }

    private static bool LooksLikeUtf16(byte[] buffer, int read) =>
        read >= 2 && ((buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF));

    /// <summary>Streams the rows of the file in its format, with how many bytes have been read so far.</summary>
    private static async IAsyncEnumerable<(ReadRow Row, long BytesRead, long? TotalBytes)> ReadAsync(
        Func<Stream> open, Source source, ImportOptions options, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var stream = open();
        long? total = stream.CanSeek ? stream.Length : null;
        await using var counting = new CountingStream(stream);
        using var text = ImportText.Open(counting);
        var rows = source.Format switch
        {
            ImportFormat.LinkedIn => LinkedInCsv.ReadAsync(text, ct),
            ImportFormat.Google => GoogleCsv.ReadAsync(text, ct),
            ImportFormat.VCard => VCard.ReadAsync(text, new VCardReadOptions(options.KeepPhotos), ct),
            _ => MappedCsv.ReadAsync(text, source.Mapping!, ct),
        };
        await foreach (var row in rows.WithCancellation(ct))
            yield return (row, counting.BytesRead, total);
    }
}
