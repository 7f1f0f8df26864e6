using Kith.Core.Common;
using System.Globalization;

namespace Kith.Cli.Output;

/// <summary>Dates and counts as the CLI prints them: ISO days, so output sorts and greps well.</summary>
internal static class Formats
{
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Day(DateOnly? day) => day is { } d ? Day(d) : "";

    public static string DayWithWeekday(DateOnly day) => day.ToString("ddd yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A stored UTC moment as the account's local day and time.</summary>
    public static string Moment(DateTime utc, TimeZoneInfo zone) =>
        LocalTime.At(utc, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string LocalDay(DateTime? utc, TimeZoneInfo zone) =>
        utc is { } u ? Day(LocalTime.DayOf(u, zone)) : "";

    /// <summary>"1 person", "60 people".</summary>
    public static string People(int count) => count == 1 ? "1 person" : $"{count} people";

    public static string Count(int count, string singular, string plural) => count == 1 ? $"1 {singular}" : $"{count} {plural}";

    /// <summary>A moment already in the account's zone, as its wall-clock time: "Tue 2026-03-24 12:30".</summary>
    public static string Time(DateTimeOffset at) => at.ToString("ddd yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A word of Kith's vocabulary for prose: "guardian-angel" → "guardian angel".</summary>
    public static string Words<T>(T value) where T : struct, Enum => Vocabulary.Token(value).Replace('-', ' ');

    /// <summary>"public speaking, finance", or <paramref name="none"/> when there are none.</summary>
    public static string List(IEnumerable<string> items, string none = "") =>
        string.Join(", ", items) is { Length: > 0 } text ? text : none;
}
