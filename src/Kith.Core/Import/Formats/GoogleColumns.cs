using System.Text.RegularExpressions;

namespace Kith.Core.Import.Formats;

/// <summary>
/// Where Google Contacts put each field, in either shape of its CSV export: the old one ("Given Name",
/// "Family Name", "Group Membership", "Organization 1 - Name", "E-mail 1 - Type") and the new one
/// ("First Name", "Last Name", "Labels", "Organization Name", "E-mail 1 - Label").
/// </summary>
internal sealed partial class GoogleColumns
{
    public GoogleColumns(CsvTable table)
    {
        Given = table.Find("First Name", "Given Name");
        Middle = table.Find("Middle Name", "Additional Name");
        Family = table.Find("Last Name", "Family Name");
        FullName = table.Find("Name", "File As");
        Nickname = table.Find("Nickname");
        Birthday = table.Find("Birthday");
        Notes = table.Find("Notes");
        Labels = table.Find("Labels", "Group Membership");
        NameColumn = table.Columns.FirstOrDefault(c => c.Equals("First Name", StringComparison.OrdinalIgnoreCase) || c.Equals("Given Name", StringComparison.OrdinalIgnoreCase)) ?? "Name";

        var numbered = new SortedDictionary<(string Kind, int N), Dictionary<string, int>>();
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var match = Numbered().Match(table.Columns[i]);
            if (!match.Success)
                continue;
            var key = (match.Groups["kind"].Value.ToUpperInvariant(), int.Parse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture));
            if (!numbered.TryGetValue(key, out var parts))
                numbered[key] = parts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            parts.TryAdd(match.Groups["part"].Value, i);
        }
        Emails = Slots(numbered, "E-MAIL");
        Phones = Slots(numbered, "PHONE");
        Websites = Slots(numbered, "WEBSITE");
        Addresses = Slots(numbered, "ADDRESS");
        Organisations = Slots(numbered, "ORGANIZATION");
        // The new export has one organisation, not numbered.
        if (table.Find("Organization Name", "Organization Title", "Organization Department") is not null)
        {
            Organisations = [new Slot(new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
                {
                    ["Name"] = table.Find("Organization Name") ?? -1,
                    ["Title"] = table.Find("Organization Title") ?? -1,
                    ["Department"] = table.Find("Organization Department") ?? -1,
                }), .. Organisations];
        }
    }

    public int? Given { get; }
    public int? Middle { get; }
    public int? Family { get; }
    /// <summary>"Name" (old) or "File As": the whole name, used when the parts are empty.</summary>
    public int? FullName { get; }
    public int? Nickname { get; }
    public int? Birthday { get; }
    public int? Notes { get; }
    public int? Labels { get; }
    /// <summary>The column a "no name" error points at.</summary>
    public string NameColumn { get; }
    public IReadOnlyList<Slot> Emails { get; }
    public IReadOnlyList<Slot> Phones { get; }
    public IReadOnlyList<Slot> Websites { get; }
    public IReadOnlyList<Slot> Addresses { get; }
    public IReadOnlyList<Slot> Organisations { get; }

    /// <summary>One numbered group of columns ("Phone 2 - Label", "Phone 2 - Value"), by part name.</summary>
    public sealed class Slot(IReadOnlyDictionary<string, int> parts)
    {
        public string this[CsvRecord row, string part] =>
            parts.TryGetValue(part, out var i) && i >= 0 ? CsvTable.Cell(row, i) : "";

        /// <summary>The old export says "Type", the new one "Label".</summary>
        public string Label(CsvRecord row) => this[row, "Label"] is { Length: > 0 } label ? label : this[row, "Type"];
    }

    private static List<Slot> Slots(SortedDictionary<(string Kind, int N), Dictionary<string, int>> numbered, string kind) =>
        numbered.Where(e => e.Key.Kind == kind).Select(e => new Slot(e.Value)).ToList();

    [GeneratedRegex(@"^(?<kind>E-mail|Phone|Website|Address|Organization) (?<n>\d+) - (?<part>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Numbered();
}
