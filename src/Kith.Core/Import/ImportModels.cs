using Kith.Core.People;

namespace Kith.Core.Import;

/// <summary>How to read a file: its format (or Auto), the column mapping for a plain CSV, photos kept or dropped, a tag for everyone in it.</summary>
public sealed record ImportOptions
{
    public ImportFormat Format { get; init; } = ImportFormat.Auto;
    /// <summary>For <see cref="ImportFormat.Csv"/>: which column feeds which field. Null: guessed from the header.</summary>
    public ColumnMapping? Mapping { get; init; }
    /// <summary>vCard PHOTO: keep the picture on the person, or drop it.</summary>
    public bool KeepPhotos { get; init; } = true;
    /// <summary>A tag added to everyone created or updated ("linkedin-2026").</summary>
    public string? Tag { get; init; }
}

/// <summary>What the preview found for a row, and so what committing it would do.</summary>
public enum RowStatus
{
    /// <summary>Nobody like this yet: a new person.</summary>
    New = 0,
    /// <summary>The same person (same e-mail, LinkedIn address or phone, or the same name at the same organisation): fields the person lacks are filled in.</summary>
    Update = 1,
    /// <summary>The same person, and the file adds nothing.</summary>
    Unchanged = 2,
    /// <summary>A similar name at the same organisation: the user chooses merge, keep both or skip.</summary>
    PossibleDuplicate = 3,
    /// <summary>The row cannot be imported as it is; see its errors.</summary>
    Error = 4,
    /// <summary>The row holds no person (blank but for a date); nothing to do.</summary>
    Ignored = 5,
}

/// <summary>What to do with a possible duplicate (or, to override the preview, with any matched row).</summary>
public enum RowChoice
{
    /// <summary>Fill in what the existing person lacks and add new e-mails, phones and tags.</summary>
    Merge = 0,
    /// <summary>Add the row as a new person beside the existing one.</summary>
    KeepBoth = 1,
    /// <summary>Leave the row out.</summary>
    Skip = 2,
}

/// <summary>The user's decisions after the preview.</summary>
public sealed record ImportChoices
{
    /// <summary>Per-row choices, by the row's line number.</summary>
    public IReadOnlyDictionary<int, RowChoice> ByLine { get; init; } = new Dictionary<int, RowChoice>();
    /// <summary>The choice for every possible duplicate not in <see cref="ByLine"/>. Default: merge.</summary>
    public RowChoice PossibleDuplicates { get; init; } = RowChoice.Merge;
    /// <summary>Leave rows with errors out and import the rest. Without it, any error row stops the whole import.</summary>
    public bool SkipErrors { get; init; }
}

public sealed record ImportCounts(int Rows, int New, int Update, int Unchanged, int PossibleDuplicate, int Error, int Ignored);

/// <summary>One row of the preview: what the file says, whom it matches and what would happen.</summary>
public sealed record PreviewRow(
    int Line,
    RowStatus Status,
    string Name,
    string? Organisation,
    string? Email,
    PersonRef? Match,
    /// <summary>Why it matched: "same e-mail ana@example.com", "similar name at Acme".</summary>
    string? MatchReason,
    /// <summary>For updates: what would be added or filled in ("adds e-mail …", "fills job title").</summary>
    IReadOnlyList<string> Changes,
    IReadOnlyList<RowError> Errors,
    string? SkipReason);

/// <summary>The whole preview: the format, the CSV columns and mapping used, the counts, and every row.</summary>
public sealed record ImportPreview(
    ImportFormat Format,
    IReadOnlyList<string> Columns,
    ColumnMapping? Mapping,
    ImportCounts Counts,
    IReadOnlyList<PreviewRow> Rows);

/// <summary>What a commit did.</summary>
public sealed record ImportResult(int Created, int Updated, int Merged, int Unchanged, int Skipped);

/// <summary>Progress of a preview or commit: "reading" or "writing", rows done, and bytes read of the total when known.</summary>
public sealed record ImportProgress(string Phase, int RowsDone, long BytesRead, long? TotalBytes);
