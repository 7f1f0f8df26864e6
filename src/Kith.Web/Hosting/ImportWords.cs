using Kith.Core.Common;
using Kith.Core.Import;

namespace Kith.Web.Hosting;

/// <summary>
/// The words the API, the pages and the query strings use for formats, row choices and row
/// statuses. Formats are spelled as people write them ("linkedin", "vcard"), not as the generic
/// enum words would split them ("linked-in").
/// </summary>
public static class ImportWords
{
    public static readonly IReadOnlyList<(ImportFormat Format, string Word, string Label)> Formats =
    [
        (ImportFormat.Auto, "auto", "Recognise it for me"),
        (ImportFormat.LinkedIn, "linkedin", "LinkedIn connections (Connections.csv)"),
        (ImportFormat.Google, "google", "Google Contacts (CSV)"),
        (ImportFormat.Csv, "csv", "Another CSV file (choose the columns)"),
        (ImportFormat.VCard, "vcard", "vCard (.vcf), from a phone or address book"),
    ];

    public static readonly IReadOnlyList<(RowChoice Choice, string Word, string Label)> Choices =
    [
        (RowChoice.Merge, "merge", "Merge"),
        (RowChoice.KeepBoth, "keep-both", "Keep both"),
        (RowChoice.Skip, "skip", "Skip"),
    ];

    public static string Word(ImportFormat format) => Formats.First(f => f.Format == format).Word;

    public static string Label(ImportFormat format) => Formats.First(f => f.Format == format).Label;

    public static string Word(RowChoice choice) => Choices.First(c => c.Choice == choice).Word;

    public static bool TryParseFormat(string? text, out ImportFormat format)
    {
        format = ImportFormat.Auto;
        if (string.IsNullOrWhiteSpace(text)) return false;
        if (text.Trim().Equals("vcf", StringComparison.OrdinalIgnoreCase))
        {
            format = ImportFormat.VCard;
            return true;
        }
        return Vocabulary.TryParse(text, out format);
    }

    public static bool TryParseChoice(string? text, out RowChoice choice) => Vocabulary.TryParse(text, out choice);

    public static string FormatChoices => string.Join(", ", Formats.Select(f => f.Word));

    public static string ChoiceWords => string.Join(", ", Choices.Select(c => c.Word));

    /// <summary>"possible-duplicate,error" → those statuses; an unknown word is an error on <paramref name="field"/>.</summary>
    public static IReadOnlyList<RowStatus> ParseStatuses(string? text, string field = "Status")
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var statuses = new List<RowStatus>();
        foreach (var word in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Vocabulary.TryParse<RowStatus>(word, out var status))
                throw ValidationFailedException.For(field, $"'{word}' is not a row status. Use {Vocabulary.Choices<RowStatus>()}, or several separated by commas.");
            statuses.Add(status);
        }
        return statuses;
    }
}
