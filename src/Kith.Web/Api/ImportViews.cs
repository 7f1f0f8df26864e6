using Kith.Core.Common;
using Kith.Core.Import;
using Kith.Web.Hosting;

namespace Kith.Web.Api;

/// <summary>An upload waiting to be committed, and its preview.</summary>
/// <param name="Id">The upload's id, for GET, preview, commit and progress.</param>
internal sealed record ImportView(string Id, string FileName, long Length, ImportPreviewView Preview);

/// <summary>What committing would do: the counts for the whole file and one page of its rows.</summary>
/// <param name="Format">The format the file was read as (auto is resolved): linkedin, google, csv or vcard.</param>
/// <param name="Columns">A CSV file's header cells; empty for vCard.</param>
/// <param name="Mapping">For a plain CSV: the field each column feeds (guessed from the header until a mapping is sent).</param>
/// <param name="Rows">Rows in file order, filtered by ?status= when given.</param>
internal sealed record ImportPreviewView(
    string Format,
    IReadOnlyList<string> Columns,
    IReadOnlyDictionary<string, string>? Mapping,
    bool KeepPhotos,
    string? Tag,
    ImportCounts Counts,
    Page<PreviewRow> Rows)
{
    public static ImportPreviewView Of(ImportPreview preview, ImportOptions options, Page<PreviewRow> rows) =>
        new(ImportWords.Word(preview.Format), preview.Columns, preview.Mapping?.FieldByColumn, options.KeepPhotos, options.Tag, preview.Counts, rows);
}
