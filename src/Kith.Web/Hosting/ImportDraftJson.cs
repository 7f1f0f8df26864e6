using System.Text.Json;
using Kith.Core.Import;

namespace Kith.Web.Hosting;

/// <summary>An upload's options and row choices as they are kept in the database between requests.</summary>
internal sealed record ImportDraftJson(
    ImportFormat Format,
    Dictionary<string, string>? Mapping,
    bool KeepPhotos,
    string? Tag,
    Dictionary<int, RowChoice> Choices)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Write(ImportOptions options, IReadOnlyDictionary<int, RowChoice> choices) =>
        JsonSerializer.Serialize(new ImportDraftJson(
            options.Format, options.Mapping?.FieldByColumn.ToDictionary(), options.KeepPhotos, options.Tag, choices.ToDictionary()), Json);

    public static (ImportOptions Options, IReadOnlyDictionary<int, RowChoice> Choices) Read(string json)
    {
        var draft = JsonSerializer.Deserialize<ImportDraftJson>(json, Json)!;
        var options = new ImportOptions
        {
            Format = draft.Format,
            Mapping = draft.Mapping is { } mapping ? new ColumnMapping(mapping) : null,
            KeepPhotos = draft.KeepPhotos,
            Tag = draft.Tag,
        };
        return (options, draft.Choices);
    }
}
