using System.Text.RegularExpressions;

namespace Kith.Core.Import.Formats;

/// <summary>Recognising which CSV dialect a file is, from its first lines.</summary>
public static partial class CsvDialects
{
    /// <summary>How many records before LinkedIn's header we look through (its exports have had 0–3 note lines, one of them blank).</summary>
    internal const int LinkedInHeaderSearch = 8;

    /// <summary>
    /// LinkedIn, Google, or Csv (needs a mapping), from the text of the file's first few KB.
    /// A head that starts with BEGIN:VCARD is <see cref="ImportFormat.VCard"/>.
    /// </summary>
    public static ImportFormat Detect(string head)
    {
        if (head.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith("BEGIN:VCARD", StringComparison.OrdinalIgnoreCase))
            return ImportFormat.VCard;

        var records = new List<CsvRecord>();
        var reader = new CsvRecordReader(new StringReader(head));
        try
        {
            while (records.Count < LinkedInHeaderSearch && reader.Read() is { } record)
                records.Add(record);
        }
        catch (ImportFileException)
        {
            // The head is cut off mid-file (often inside a quoted cell): judge by the records before the cut.
        }

        if (records.Any(r => IsLinkedInHeader(r.Cells)))
            return ImportFormat.LinkedIn;
        var header = records.FirstOrDefault(r => !r.IsBlank);
        return header is not null && IsGoogleHeader(header.Cells) ? ImportFormat.Google : ImportFormat.Csv;
    }

    internal static bool IsLinkedInHeader(IReadOnlyList<string> cells) =>
        Has(cells, "First Name") && Has(cells, "Last Name") && Has(cells, "Connected On");

    /// <summary>
    /// Google's old export names people "Given Name"/"Family Name"; the new one uses "First Name"/"Last Name"
    /// like many files do, so it also needs a column only Google writes ("E-mail 1 - Value", "Labels",
    /// "Organization Name", "File As"…) — an Outlook or home-made CSV goes through a mapping instead.
    /// </summary>
    internal static bool IsGoogleHeader(IReadOnlyList<string> cells) =>
        (Has(cells, "Given Name") && Has(cells, "Family Name"))
        || (Has(cells, "First Name") && cells.Any(c => GoogleOnlyColumn().IsMatch(c.Trim())));

    private static bool Has(IReadOnlyList<string> cells, string name) =>
        cells.Any(c => c.Trim().Equals(name, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"^((E-mail|Phone|Address|Organization|Website|Relation|Event|IM|Custom Field) \d+ - .+|Labels|Group Membership|File As|Organization (Name|Title|Department))$", RegexOptions.IgnoreCase)]
    private static partial Regex GoogleOnlyColumn();
}
