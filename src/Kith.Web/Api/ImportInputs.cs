using Kith.Core.Common;
using Kith.Core.Import;
using Kith.Web.Hosting;

namespace Kith.Web.Api;

/// <summary>How to read an uploaded file. Fields left out keep what was last used for this upload.</summary>
/// <param name="Format">auto, linkedin, google, csv or vcard.</param>
/// <param name="Mapping">For a plain CSV: which field each column feeds, by the column's header ("E-mail": "email"); see ContactFields.</param>
/// <param name="KeepPhotos">vCard photos: kept (the default) or dropped.</param>
/// <param name="Tag">A tag added to everyone created or updated, e.g. "linkedin-2026".</param>
internal sealed record ImportOptionsInput(string? Format = null, Dictionary<string, string>? Mapping = null, bool? KeepPhotos = null, string? Tag = null);

/// <summary>The options (as for a preview) and the decisions to commit with.</summary>
/// <param name="Choices">By line number: merge, keep-both or skip, e.g. { "12": "skip" }.</param>
/// <param name="PossibleDuplicates">The choice for every possible duplicate not in choices; merge when left out.</param>
/// <param name="SkipErrors">Leave rows with errors out; without it any error row stops the whole import.</param>
internal sealed record ImportCommitInput(
    string? Format = null,
    Dictionary<string, string>? Mapping = null,
    bool? KeepPhotos = null,
    string? Tag = null,
    Dictionary<string, string>? Choices = null,
    string? PossibleDuplicates = null,
    bool SkipErrors = false)
{
    public ImportOptionsInput Options => new(Format, Mapping, KeepPhotos, Tag);
}

/// <summary>Turns what a client sent into Core's options and choices, reporting every bad value at once.</summary>
internal static class ImportInputs
{
    public static ImportOptions ToOptions(this ImportOptionsInput input, ImportOptions remembered, ValidationErrors errors)
    {
        var format = remembered.Format;
        if (input.Format is not null && !ImportWords.TryParseFormat(input.Format, out format))
            errors.Add("Format", $"'{input.Format}' is not a format Kith reads. Use {ImportWords.FormatChoices}.");

        var mapping = remembered.Mapping;
        if (input.Mapping is not null)
        {
            foreach (var (column, field) in input.Mapping)
            {
                if (!ContactFields.IsKnown(field))
                    errors.Add($"Mapping[{column}]", $"'{field}' is not a field. Use {string.Join(", ", ContactFields.All.Select(f => f.Token))}.");
            }
            mapping = new ColumnMapping(new Dictionary<string, string>(input.Mapping, StringComparer.Ordinal));
        }

        return new ImportOptions
        {
            Format = format,
            Mapping = mapping,
            KeepPhotos = input.KeepPhotos ?? remembered.KeepPhotos,
            Tag = input.Tag is null ? remembered.Tag : string.IsNullOrWhiteSpace(input.Tag) ? null : input.Tag.Trim(),
        };
    }

    public static ImportOptions ToOptions(this ImportOptionsInput input, ImportOptions remembered)
    {
        var errors = new ValidationErrors();
        var options = input.ToOptions(remembered, errors);
        errors.ThrowIfAny();
        return options;
    }

    public static (ImportOptions Options, ImportChoices Choices) ToCommit(this ImportCommitInput input, ImportOptions remembered, IReadOnlyDictionary<int, RowChoice> rememberedChoices)
    {
        var errors = new ValidationErrors();
        var options = input.Options.ToOptions(remembered, errors);

        var byLine = new Dictionary<int, RowChoice>(rememberedChoices);
        foreach (var (line, word) in input.Choices ?? [])
        {
            if (!int.TryParse(line, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) || number < 1)
                errors.Add($"Choices[{line}]", $"'{line}' is not a line number.");
            else if (!ImportWords.TryParseChoice(word, out var choice))
                errors.Add($"Choices[{line}]", $"'{word}' is not a choice. Use {ImportWords.ChoiceWords}.");
            else
                byLine[number] = choice;
        }

        var others = RowChoice.Merge;
        if (input.PossibleDuplicates is not null && !ImportWords.TryParseChoice(input.PossibleDuplicates, out others))
            errors.Add("PossibleDuplicates", $"'{input.PossibleDuplicates}' is not a choice. Use {ImportWords.ChoiceWords}.");

        errors.ThrowIfAny();
        return (options, new ImportChoices { ByLine = byLine, PossibleDuplicates = others, SkipErrors = input.SkipErrors });
    }
}
