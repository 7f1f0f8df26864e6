using Kith.Core.Common;
using Kith.Core.Import;
using Kith.Web.Hosting;
using Kith.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.Import;

/// <summary>
/// What importing an upload would do, row by row: counts, the column mapping of a plain CSV, the
/// rows that need a decision (possible duplicates, errors) and the people who would be added or
/// updated. Committing starts a background import and goes to its progress page.
/// </summary>
public sealed class PreviewModel(ImportFlow flow) : KithPageModel
{
    public const int AttentionPageSize = 25;
    public const int ChangesPageSize = 25;

    private static readonly RowStatus[] NeedAttention = [RowStatus.PossibleDuplicate, RowStatus.Error];
    private static readonly RowStatus[] Changing = [RowStatus.New, RowStatus.Update];

    public string Id { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public long Length { get; private set; }
    public ImportOptions Options { get; private set; } = new();
    public ImportPreview Preview { get; private set; } = null!;
    public Page<PreviewRow> Attention { get; private set; } = null!;
    public Page<PreviewRow> Changes { get; private set; } = null!;
    public Pager? ChangesPager { get; private set; }
    public IReadOnlyDictionary<int, RowChoice> Chosen { get; private set; } = new Dictionary<int, RowChoice>();

    /// <summary>Per-row choices posted from the rows on show, by line: merge, keep-both or skip.</summary>
    [BindProperty] public Dictionary<int, string> Choices { get; set; } = [];

    /// <summary>What to do with possible duplicates left undecided (on other pages, or not chosen).</summary>
    [BindProperty] public string Undecided { get; set; } = ImportWords.Word(RowChoice.Merge);

    [BindProperty] public bool SkipErrors { get; set; }

    public int ToImport => ImportShow.ToImport(Preview.Counts);

    public async Task<IActionResult> OnGetAsync(string id, int? attention, int? rows, CancellationToken ct)
    {
        // Once imported, the upload is gone; its address leads to what happened.
        if (await FindUploadAsync(id, ct) is not { } upload)
            return RedirectToPage("/Import/Progress", new { id });
        await LoadAsync(upload, null, attention, rows, ct);
        return Page();
    }

    /// <summary>Reads the file again with another format, tag, photos choice or column mapping.</summary>
    public async Task<IActionResult> OnPostOptionsAsync(
        string id, string? format, bool keepPhotos, string? tag, List<string>? columns, List<string>? fields, CancellationToken ct)
    {
        var upload = await flow.FindAsync(id, ct);
        var current = flow.OptionsOf(upload);
        if (!ImportWords.TryParseFormat(format, out var chosen))
        {
            ModelState.AddModelError("Format", "Choose one of the formats in the list.");
            await LoadAsync(upload, null, null, null, ct);
            return Page();
        }
        var mapping = current.Mapping;
        if (columns is { Count: > 0 } && fields is not null && columns.Count == fields.Count)
        {
            mapping = new ColumnMapping(columns.Zip(fields)
                .GroupBy(c => c.First, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => ContactFields.IsKnown(g.First().Second) ? g.First().Second : ContactFields.Ignore, StringComparer.Ordinal));
        }
        var options = new ImportOptions { Format = chosen, Mapping = mapping, KeepPhotos = keepPhotos, Tag = string.IsNullOrWhiteSpace(tag) ? null : tag.Trim() };
        try
        {
            await flow.PreviewAsync(upload, options, ct);
            Flash("Previewed again with your choices. Nothing has been imported yet.");
            return RedirectToPage(null, new { id });
        }
        catch (ImportFileException failure)
        {
            ModelState.AddModelError("Format", ImportErrors.Message(failure));
        }
        catch (ValidationFailedException failure)
        {
            ShowErrors(failure, "");
        }
        await LoadAsync(upload, null, null, null, ct);
        return Page();
    }

    /// <summary>Keeps the choices made on this page of rows and shows another page of them.</summary>
    public async Task<IActionResult> OnPostChoicesAsync(string id, int attention, CancellationToken ct)
    {
        var upload = await flow.FindAsync(id, ct);
        await flow.ChooseAsync(upload, PostedChoices(), ct);
        return RedirectToPage(null, null, new { id, attention = attention > 1 ? attention : (int?)null }, "attention");
    }

    public async Task<IActionResult> OnPostCommitAsync(string id, CancellationToken ct)
    {
        var upload = await flow.FindAsync(id, ct);
        await flow.ChooseAsync(upload, PostedChoices(), ct);
        var undecided = ImportWords.TryParseChoice(Undecided, out var choice) ? choice : RowChoice.Merge;
        try
        {
            await flow.CommitAsync(upload, flow.OptionsOf(upload), new ImportChoices
            {
                ByLine = flow.ChoicesOf(upload),
                PossibleDuplicates = undecided,
                SkipErrors = SkipErrors,
            });
            return RedirectToPage("/Import/Progress", new { id });
        }
        catch (ImportBusyException busy)
        {
            ModelState.AddModelError("", busy.Message);
        }
        await LoadAsync(upload, null, null, null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDiscardAsync(string id, CancellationToken ct)
    {
        var upload = await flow.FindAsync(id, ct);
        await flow.DiscardAsync(upload.Id, ct);
        Flash($"Removed “{upload.FileName}” without importing anything.");
        return RedirectToPage("/Import/Index");
    }

    /// <summary>The choice to show checked for a row: the one made earlier, if any.</summary>
    public RowChoice? ChoiceFor(PreviewRow row) => Chosen.TryGetValue(row.Line, out var choice) ? choice : null;

    public string Href(int? attention, int? rows)
    {
        var query = new List<KeyValuePair<string, string?>>();
        if (attention is > 1) query.Add(new("attention", attention.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (rows is > 1) query.Add(new("rows", rows.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return $"/import/{Id}" + QueryString.Create(query);
    }

    private async Task<StoredUpload?> FindUploadAsync(string id, CancellationToken ct)
    {
        // Once committed the file is gone; its progress page says how the import went.
        if (!await flow.ExistsAsync(id, ct) && await flow.HasJobAsync(id, ct))
            return null;
        return await flow.FindAsync(id, ct);
    }

    private Dictionary<int, RowChoice> PostedChoices()
    {
        var choices = new Dictionary<int, RowChoice>();
        foreach (var (line, word) in Choices)
        {
            if (ImportWords.TryParseChoice(word, out var choice)) choices[line] = choice;
        }
        return choices;
    }

    private async Task LoadAsync(StoredUpload upload, ImportOptions? options, int? attention, int? rows, CancellationToken ct)
    {
        Id = upload.Id;
        FileName = upload.FileName;
        Length = upload.Length;
        Preview = await flow.PreviewAsync(upload, options, ct);
        Options = flow.OptionsOf(upload);
        Chosen = flow.ChoicesOf(upload);
        Attention = ImportFlow.Rows(Preview, NeedAttention, attention, AttentionPageSize);
        Changes = ImportFlow.Rows(Preview, Changing, rows, ChangesPageSize);
        ChangesPager = Pager.For("Pages of people to add or update", Changes, p => Href(Attention.PageNumber, p) + "#changes");
    }
}
