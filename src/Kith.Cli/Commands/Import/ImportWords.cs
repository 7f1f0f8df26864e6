using Kith.Core.Import;

namespace Kith.Cli.Commands.Import;

/// <summary>The words the import and export commands take for formats and choices, and the names they print.</summary>
internal static class ImportWords
{
    private static readonly Dictionary<string, ImportFormat> FormatByWord = new(StringComparer.OrdinalIgnoreCase)
    {
        ["auto"] = ImportFormat.Auto,
        ["linkedin"] = ImportFormat.LinkedIn,
        ["google"] = ImportFormat.Google,
        ["csv"] = ImportFormat.Csv,
        ["vcard"] = ImportFormat.VCard,
    };

    private static readonly Dictionary<string, RowChoice> ChoiceByWord = new(StringComparer.OrdinalIgnoreCase)
    {
        ["merge"] = RowChoice.Merge,
        ["keep-both"] = RowChoice.KeepBoth,
        ["skip"] = RowChoice.Skip,
    };

    public static ImportFormat Format(string? word) =>
        word is null ? ImportFormat.Auto
        : FormatByWord.TryGetValue(word.Trim(), out var format) ? format
        : throw new UserError($"--format: '{word}' is not a format; choose {string.Join(", ", FormatByWord.Keys)}.");

    public static RowChoice Choice(string? word) =>
        word is null ? RowChoice.Merge
        : ChoiceByWord.TryGetValue(word.Trim(), out var choice) ? choice
        : throw new UserError($"--on-duplicate: '{word}' is not a choice; choose {string.Join(", ", ChoiceByWord.Keys)}.");

    public static string Word(RowChoice choice) => ChoiceByWord.First(c => c.Value == choice).Key;

    /// <summary>What the file was read as, for the preview's first line.</summary>
    public static string Describe(ImportFormat format) => format switch
    {
        ImportFormat.LinkedIn => "LinkedIn connections",
        ImportFormat.Google => "Google Contacts CSV",
        ImportFormat.Csv => "CSV",
        ImportFormat.VCard => "vCard",
        _ => "contacts",
    };
}
