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
}
