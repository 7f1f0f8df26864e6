using System.Globalization;

namespace Kith.Core.Common;

/// <summary>Parses the text users type for dates and times, adding a clear error when it is not one.</summary>
internal static class InputParsing
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd"];
    private static readonly string[] DateTimeFormats = ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss"];
    private static readonly string[] OffsetFormats = ["yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    public static DateOnly? Date(string? text, string field, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return d;
        errors.Add(field, $"'{text.Trim()}' is not a valid date; use YYYY-MM-DD, e.g. 2026-03-31.");
        return null;
    }

    /// <summary>A local date or date-time in the account's zone, returned as UTC. A bare date means noon.</summary>
    public static DateTime? LocalDateTime(string? text, TimeZoneInfo zone, string field, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        // An instant with its own offset ("…Z", "…+02:00") is taken as it is; anything else is the account's local time.
        if (HasOffset(t) && DateTimeOffset.TryParseExact(t, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
            return withOffset.UtcDateTime;
        if (DateTime.TryParseExact(t, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            if (t.Length == 10) local = local.AddHours(12);
            local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
            if (zone.IsInvalidTime(local)) local = local.AddHours(1);
            return TimeZoneInfo.ConvertTimeToUtc(local, zone);
        }
        errors.Add(field, $"'{t}' is not a valid date or time; use YYYY-MM-DD or YYYY-MM-DDTHH:MM, e.g. 2026-03-31T12:30.");
        return null;
    }

    private static bool HasOffset(string t) =>
        t.Length > 16 && (t.EndsWith('Z') || t.EndsWith('z') || t[^6] is '+' or '-' && t[^3] == ':');
}
