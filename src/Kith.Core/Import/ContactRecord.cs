namespace Kith.Core.Import;

/// <summary>
/// One person as a file describes them, before Kith decides whether they are new, an update or a
/// duplicate. Every reader (LinkedIn, Google, mapped CSV, vCard) produces these, and the exports
/// write them, so each format is a pure translation with no database in it.
/// </summary>
public sealed record ContactRecord
{
    /// <summary>The 1-based line of the file the record starts on, for messages.</summary>
    public int Line { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? Nickname { get; init; }
    public string? Organisation { get; init; }
    /// <summary>The first organisational unit (vCard ORG's second component).</summary>
    public string? Department { get; init; }
    public string? JobTitle { get; init; }
    public string? Notes { get; init; }
    public string? Website { get; init; }
    public string? LinkedInUrl { get; init; }
    /// <summary>LinkedIn's "Connected On"; becomes the day we met.</summary>
    public DateOnly? MetOn { get; init; }
    public DateOnly? Birthday { get; init; }
    public IReadOnlyList<LabelledValue> Emails { get; init; } = [];
    public IReadOnlyList<LabelledValue> Phones { get; init; } = [];
    public IReadOnlyList<ContactAddress> Addresses { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public ContactPhoto? Photo { get; init; }
    /// <summary>vCard properties Kith does not understand, as unfolded content lines, kept so an export gives them back.</summary>
    public IReadOnlyList<string> Extras { get; init; } = [];

    public string DisplayName =>
        string.Join(' ', new[] { FirstName, LastName }.Where(s => !string.IsNullOrWhiteSpace(s)));
}

/// <summary>An e-mail address or phone number with its type ("work", "home", "cell"), if the file gave one.</summary>
public sealed record LabelledValue(string Value, string? Label = null);

/// <summary>A postal address in the seven parts of a vCard ADR.</summary>
public sealed record ContactAddress(
    string? Label,
    string? PoBox,
    string? Extended,
    string? Street,
    string? Locality,
    string? Region,
    string? PostalCode,
    string? Country);

/// <summary>A picture carried inline by a card.</summary>
public sealed record ContactPhoto(string MediaType, byte[] Data)
{
    public bool Equals(ContactPhoto? other) =>
        other is not null && MediaType == other.MediaType && Data.AsSpan().SequenceEqual(other.Data);

    public override int GetHashCode() => HashCode.Combine(MediaType, Data.Length);
}

/// <summary>Something wrong with one field of one row: <see cref="Field"/> is the column or property name the file uses.</summary>
public sealed record RowError(string Field, string Message);

/// <summary>
/// One row (CSV) or card (vCard) as read: a record, errors, or both null and empty with a
/// <see cref="SkipReason"/> for rows that hold no person (LinkedIn's rows blank but for the date).
/// </summary>
public sealed record ReadRow(int Line, ContactRecord? Record, IReadOnlyList<RowError> Errors, string? SkipReason = null)
{
    public static ReadRow Ok(ContactRecord record) => new(record.Line, record, []);
    public static ReadRow Skip(int line, string reason) => new(line, null, [], reason);
}
