using System.Runtime.CompilerServices;
using static Kith.Core.Import.Formats.ContactValues;

namespace Kith.Core.Import.Formats;

/// <summary>Google Contacts' CSV export ("Google CSV"), old and new column shapes.</summary>
public static class GoogleCsv
{
    /// <summary>Google puts several values in one cell with this between them.</summary>
    private const string Separator = " ::: ";

    public static async IAsyncEnumerable<ReadRow> ReadAsync(TextReader text, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var reader = new CsvRecordReader(text);
        var table = new CsvTable(await CsvTable.ReadHeaderAsync(reader, ct));
        var columns = new GoogleColumns(table);
        await foreach (var (row, extraCells) in table.RowsAsync(reader, ct))
            yield return Read(row, columns, extraCells);
    }

    private static ReadRow Read(CsvRecord row, GoogleColumns columns, RowError? extraCells)
    {
        string Cell(int? index) => CsvTable.Cell(row, index);

        var errors = new List<RowError>();
        if (extraCells is not null)
            errors.Add(extraCells);
        var extras = new List<string>();

        // Kith has no middle name: it stays with the first name ("Ana Maria" Lima), as people say it.
        string? first = string.Join(' ', new[] { Cell(columns.Given), Cell(columns.Middle) }.Where(s => s.Length > 0));
        string? last = Cell(columns.Family);
        if (first.Length == 0 && last.Length == 0)
            (first, last) = SplitFullName(Cell(columns.FullName));
        var nickname = Clean(Cell(columns.Nickname));
        var (firstName, lastName) = CompleteName(first, last, nickname);
        if (firstName is null)
            errors.Add(new RowError(columns.NameColumn, "there is no name in this row; Kith needs at least a first name."));

        DateOnly? birthday = null;
        if (Cell(columns.Birthday) is { Length: > 0 } bday)
        {
            birthday = Date(bday, [ContactValues.IsoDate]);
            if (birthday is null && YearlessBirthday(bday) is { } kept)
                extras.Add(kept);
            else if (birthday is null)
                errors.Add(new RowError("Birthday", $"'{bday}' is not a date like 1985-04-12 or --04-12."));
        }

        var organisation = columns.Organisations.FirstOrDefault(o => o[row, "Name"].Length + o[row, "Title"].Length + o[row, "Department"].Length > 0);
        var (website, linkedIn) = Websites(row, columns, extras);

        var record = new ContactRecord
        {
            Line = row.Line,
            FirstName = firstName,
            LastName = lastName,
            Nickname = nickname,
            Organisation = Clean(organisation?[row, "Name"]),
            Department = Clean(organisation?[row, "Department"]),
            JobTitle = Clean(organisation?[row, "Title"]),
            Notes = Clean(Cell(columns.Notes)),
            Website = website,
            LinkedInUrl = linkedIn,
            Birthday = birthday,
            Emails = Values(row, columns.Emails),
            Phones = Values(row, columns.Phones),
            Addresses = columns.Addresses.Select(a => Address(row, a)).OfType<ContactAddress>().ToList(),
            Tags = Tags(Cell(columns.Labels)),
            Extras = extras,
        };
        return new ReadRow(row.Line, record, errors);
    }

    private static List<LabelledValue> Values(CsvRecord row, IReadOnlyList<GoogleColumns.Slot> slots)
    {
        var values = new List<LabelledValue>();
        foreach (var slot in slots)
        {
            var label = Label(slot.Label(row));
            foreach (var value in Split(slot[row, "Value"]))
            {
                if (!values.Any(v => v.Value.Equals(value, StringComparison.OrdinalIgnoreCase)))
                    values.Add(new LabelledValue(value, label));
            }
        }
        return values;
    }

    /// <summary>The first LinkedIn address is the LinkedIn URL, the first other one the website; more are kept as vCard URL lines.</summary>
    private static (string? Website, string? LinkedIn) Websites(CsvRecord row, GoogleColumns columns, List<string> extras)
    {
        string? website = null, linkedIn = null;
        foreach (var value in columns.Websites.SelectMany(w => Split(w[row, "Value"])).Select(WebAddress))
        {
            if (linkedIn is null && IsLinkedIn(value))
                linkedIn = value;
            else if (website is null)
                website = value;
            else
                extras.Add("URL:" + value);
        }
        return (website, linkedIn);
    }

    private static ContactAddress? Address(CsvRecord row, GoogleColumns.Slot slot)
    {
        var address = new ContactAddress(
            Label(slot.Label(row)), Clean(slot[row, "PO Box"]), Clean(slot[row, "Extended Address"]), Clean(slot[row, "Street"]),
            Clean(slot[row, "City"]), Clean(slot[row, "Region"]), Clean(slot[row, "Postal Code"]), Clean(slot[row, "Country"]));
        var hasParts = new[] { address.PoBox, address.Extended, address.Street, address.Locality, address.Region, address.PostalCode, address.Country }
            .Any(p => p is not null);
        if (hasParts)
            return address;
        // Only the one-line form: keep it whole as the street rather than lose it.
        return Clean(slot[row, "Formatted"]) is { } formatted ? address with { Street = formatted } : null;
    }

    /// <summary>
    /// Labels become tags. "* myContacts" is on every contact Google has, so it is dropped; other
    /// system groups ("* starred", "* Friends", "* Coworkers") keep their name in lower case
    /// ("starred", "friends"); the user's own labels stay as written.
    /// </summary>
    private static List<string> Tags(string labels)
    {
        var tags = new List<string>();
        foreach (var label in Split(labels))
        {
            if (label.Equals("* myContacts", StringComparison.OrdinalIgnoreCase))
                continue;
            AddDistinct(tags, label.StartsWith('*') ? label.TrimStart('*', ' ').ToLowerInvariant() : label);
        }
        return tags;
    }

    /// <summary>"* Work" (the star marks Google's primary) → "work"; "Mobile" → "mobile".</summary>
    private static string? Label(string type) => Clean(type.TrimStart('*', ' ').ToLowerInvariant());

    private static string[] Split(string cell) =>
        cell.Split(Separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
