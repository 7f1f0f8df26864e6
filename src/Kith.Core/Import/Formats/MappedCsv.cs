using System.Runtime.CompilerServices;
using Kith.Core.Common;
using static Kith.Core.Import.Formats.ContactValues;

namespace Kith.Core.Import.Formats;

/// <summary>Any other CSV, read through a <see cref="ColumnMapping"/> the user confirms in the preview.</summary>
public static class MappedCsv
{
    private const string MappingKey = "Mapping";

    /// <summary>ISO first (Kith's own export), then the shapes spreadsheets and LinkedIn write; month first like the US.</summary>
    private static readonly string[] DateShapes =
        [ContactValues.IsoDate, "dd MMM yyyy", "d MMM yyyy", "d MMMM yyyy", "M/d/yyyy"];

    /// <summary>The header cells of a CSV file (its first non-blank record).</summary>
    public static async Task<IReadOnlyList<string>> ReadHeaderAsync(TextReader text, CancellationToken ct = default) =>
        new CsvTable(await CsvTable.ReadHeaderAsync(new CsvRecordReader(text), ct)).Columns;

    /// <summary>A first guess of the mapping from header names ("E-mail", "Company", "Surname"…); unknown columns are ignored.</summary>
    public static ColumnMapping Guess(IReadOnlyList<string> headers)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in headers)
        {
            var column = header.Trim();
            if (column.Length > 0)
                map.TryAdd(column, ColumnSynonyms.FieldFor(column));
        }
        return new ColumnMapping(map);
    }

    /// <summary>
    /// The rows, read through <paramref name="mapping"/>. Several columns may feed e-mail, phone, tags
    /// or notes; for the other fields the first non-empty mapped cell wins. A mapping that names a column
    /// the file lacks, or a field Kith does not know, throws <see cref="ValidationFailedException"/> keyed "Mapping".
    /// </summary>
    public static async IAsyncEnumerable<ReadRow> ReadAsync(TextReader text, ColumnMapping mapping, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var reader = new CsvRecordReader(text);
        var table = new CsvTable(await CsvTable.ReadHeaderAsync(reader, ct));
        var fields = FieldsByIndex(table, mapping);
        // Only Kith's own export carries the formula guard, so only its header takes it off again.
        var unguard = table.Columns.SequenceEqual(ContactCsv.Columns, StringComparer.Ordinal);
        var nameColumn = NameColumn(table, fields);
        await foreach (var (row, extraCells) in table.RowsAsync(reader, ct))
            yield return MappedRow.Read(row, table, fields, unguard, nameColumn, extraCells);
    }

    private static string[] FieldsByIndex(CsvTable table, ColumnMapping mapping)
    {
        var errors = new ValidationErrors();
        var fieldByColumn = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (column, token) in mapping.FieldByColumn)
        {
            var field = token.Trim().ToLowerInvariant();
            if (!ContactFields.IsKnown(field))
                errors.Add(MappingKey, $"'{token}' (for column '{column}') is not a field Kith knows; use one of: {string.Join(", ", ContactFields.All.Select(f => f.Token))}.");
            if (table.Find(column.Trim()) is null)
                errors.Add(MappingKey, $"There is no column '{column}' in the file; its columns are {string.Join(", ", table.Columns.Select(c => $"'{c}'"))}.");
            fieldByColumn.TryAdd(column.Trim(), field);
        }
        errors.ThrowIfAny();
        return table.Columns.Select(c => fieldByColumn.GetValueOrDefault(c, ContactFields.Ignore)).ToArray();
    }

    /// <summary>The column a "no name" error points at: the first one mapped to a name, else the first-name token.</summary>
    private static string NameColumn(CsvTable table, string[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (fields[i] is ContactFields.FirstName or ContactFields.FullName or ContactFields.LastName)
                return table.Columns[i];
        }
        return ContactFields.FirstName;
    }

    /// <summary>Turning one row's mapped cells into a contact.</summary>
    private static class MappedRow
    {
        public static ReadRow Read(CsvRecord row, CsvTable table, string[] fields, bool unguard, string nameColumn, RowError? extraCells)
        {
            var errors = new List<RowError>();
            if (extraCells is not null)
                errors.Add(extraCells);
            var single = new Dictionary<string, string>();
            var emails = new List<string>();
            var phones = new List<string>();
            var tags = new List<string>();
            var notes = new List<string>();
            var extras = new List<string>();
            DateOnly? metOn = null, birthday = null;

            for (var i = 0; i < fields.Length; i++)
            {
                var raw = i < row.Cells.Count ? row.Cells[i] : "";
                var value = (unguard ? FormulaGuard.Unguard(raw) : raw).Trim();
                if (value.Length == 0 || fields[i] == ContactFields.Ignore)
                    continue;
                switch (fields[i])
                {
                    case ContactFields.Email:
                        foreach (var email in SplitList(value)) AddDistinct(emails, email);
                        break;
                    case ContactFields.Phone:
                        foreach (var phone in SplitList(value)) AddDistinct(phones, phone);
                        break;
                    case ContactFields.Tags:
                        foreach (var tag in SplitList(value)) AddDistinct(tags, tag);
                        break;
                    case ContactFields.Notes:
                        notes.Add(value);
                        break;
                    case ContactFields.MetOn when metOn is null:
                        metOn = Date(value, DateShapes);
                        if (metOn is null)
                            errors.Add(new RowError(table.Columns[i], $"'{value}' is not a date like 2024-10-09, 09 Oct 2024 or 10/9/2024."));
                        break;
                    case ContactFields.Birthday when birthday is null:
                        birthday = Date(value, DateShapes);
                        if (birthday is null && YearlessBirthday(value) is { } kept)
                            AddDistinct(extras, kept);
                        else if (birthday is null)
                            errors.Add(new RowError(table.Columns[i], $"'{value}' is not a date like 1985-04-12, 12 Apr 1985 or 4/12/1985."));
                        break;
                    default:
                        single.TryAdd(fields[i], value);
                        break;
                }
            }

            if (single.Count + emails.Count + phones.Count + tags.Count + notes.Count + extras.Count == 0 && metOn is null && birthday is null && errors.Count == 0)
                return ReadRow.Skip(row.Line, "nothing to import: this row has text only in columns that are not imported.");

            string? Single(string field) => single.GetValueOrDefault(field);
            var (first, last) = (Single(ContactFields.FirstName), Single(ContactFields.LastName));
            if (first is null && last is null)
                (first, last) = SplitFullName(Single(ContactFields.FullName));
            (first, last) = CompleteName(first, last, Single(ContactFields.Nickname));
            if (first is null)
                errors.Add(new RowError(nameColumn, "there is no name in this row; Kith needs at least a first name."));

            var record = new ContactRecord
            {
                Line = row.Line,
                FirstName = first,
                LastName = last,
                Nickname = Single(ContactFields.Nickname),
                Organisation = Single(ContactFields.Organisation),
                Department = Single(ContactFields.Department),
                JobTitle = Single(ContactFields.JobTitle),
                Website = Single(ContactFields.Website) is { } w ? WebAddress(w) : null,
                LinkedInUrl = Single(ContactFields.LinkedInUrl) is { } l ? WebAddress(l) : null,
                Notes = notes.Count > 0 ? string.Join("\n\n", notes) : null,
                MetOn = metOn,
                Birthday = birthday,
                Emails = emails.Select(e => new LabelledValue(e)).ToList(),
                Phones = phones.Select(p => new LabelledValue(p)).ToList(),
                Tags = tags,
                Extras = extras,
            };
            return new ReadRow(row.Line, record, errors);
        }
    }
}
