using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kith.Core.Common;

namespace Kith.Core.Backup;

// The backup spells values the way people read them (kebab-case words, ISO days, UTC instants) and
// reads back only exactly that, so a hand-edited file that says something else is refused with a
// message rather than guessed at.

/// <summary>An enum as its Kith word ("more-senior", "wednesday"); numbers and unknown words are refused.</summary>
internal sealed class TokenEnumConverter<T> : JsonConverter<T> where T : struct, Enum
{
    private static readonly Dictionary<string, T> ByToken =
        Enum.GetValues<T>().ToDictionary(v => Vocabulary.Token(v), v => v, StringComparer.Ordinal);

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (text is not null && ByToken.TryGetValue(text, out var value))
            return value;
        var shown = text is null ? $"a {reader.TokenType.ToString().ToLowerInvariant()}" : $"'{text}'";
        throw new JsonException($"{shown} is not one of: {string.Join(", ", ByToken.Keys)}");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Vocabulary.Token(value));
}

/// <summary>A calendar day as YYYY-MM-DD.</summary>
internal sealed class DayConverter : JsonConverter<DateOnly>
{
    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
        && DateOnly.TryParseExact(reader.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new JsonException($"{Shown(ref reader)} is not a day; expected YYYY-MM-DD");

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(LocalTime.Iso(value));

    internal static string Shown(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String ? $"'{reader.GetString()}'" : $"a {reader.TokenType.ToString().ToLowerInvariant()}";
}

/// <summary>A wall-clock time as HH:mm, with seconds only when there are some.</summary>
internal sealed class TimeOfDayConverter : JsonConverter<TimeOnly>
{
    private static readonly string[] Formats = ["HH:mm", "HH:mm:ss", "HH:mm:ss.FFFFFFF"];

    public override TimeOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
        && TimeOnly.TryParseExact(reader.GetString(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new JsonException($"{DayConverter.Shown(ref reader)} is not a time of day; expected HH:mm");

    public override void Write(Utf8JsonWriter writer, TimeOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(value.Ticks % TimeSpan.TicksPerMinute == 0 ? "HH:mm" : "HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture));
}

/// <summary>
/// An instant in UTC, written in the round-trip ("O") format. A time without the Z is refused:
/// it would silently be read in the restoring machine's zone.
/// </summary>
internal sealed class UtcInstantConverter : JsonConverter<DateTime>
{
    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm'Z'"];

    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
        && DateTime.TryParseExact(reader.GetString(), Formats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant)
            ? instant
            : throw new JsonException($"{DayConverter.Shown(ref reader)} is not a UTC time; expected e.g. 2026-03-16T09:00:00.0000000Z");

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture));
}
