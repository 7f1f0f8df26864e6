using static Kith.Core.Import.Formats.ContactValues;

namespace Kith.Core.Import.Formats;

/// <summary>
/// Kith's own CSV export: one row per person, columns named so <see cref="MappedCsv.Guess"/> maps them
/// back. E-mails, phones and tags share one cell each, joined with "; " (the export is streamed, so the
/// number of columns cannot depend on who has the most addresses); the readers split on ";" and ",",
/// which no e-mail address, phone number or tag Kith accepts contains. Cells that a spreadsheet would
/// run as a formula carry <see cref="FormulaGuard"/>'s apostrophe, which Kith's import takes off again.
/// Addresses, photos and kept vCard properties travel in the vCard export and the backup, not here.
/// </summary>
public static class ContactCsv
{
    internal static readonly string[] Columns =
    [
        "First Name", "Last Name", "Nickname", "E-mail", "Phone", "Organisation", "Department", "Job Title",
        "Website", "LinkedIn URL", "Met On", "Birthday", "Tags", "Notes",
    ];

    private const string ListSeparator = "; ";

    public static void WriteHeader(TextWriter output) => CsvRecordWriter.Write(output, Columns);

    public static void WriteRow(TextWriter output, ContactRecord record)
    {
        string[] cells =
        [
            record.FirstName ?? "",
            record.LastName ?? "",
            record.Nickname ?? "",
            string.Join(ListSeparator, record.Emails.Select(e => e.Value)),
            string.Join(ListSeparator, record.Phones.Select(p => p.Value)),
            record.Organisation ?? "",
            record.Department ?? "",
            record.JobTitle ?? "",
            record.Website ?? "",
            record.LinkedInUrl ?? "",
            record.MetOn?.ToString(IsoDate, System.Globalization.CultureInfo.InvariantCulture) ?? "",
            record.Birthday?.ToString(IsoDate, System.Globalization.CultureInfo.InvariantCulture) ?? YearlessBirthdayCell(record.Extras) ?? "",
            string.Join(ListSeparator, record.Tags),
            record.Notes ?? "",
        ];
        CsvRecordWriter.Write(output, cells.Select(FormulaGuard.Guard));
    }
}
