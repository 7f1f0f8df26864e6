using System.Globalization;
using System.Text.RegularExpressions;

namespace Kith.Core.Import.Formats;

/// <summary>
/// A BDAY as read: a full date, or a date without a year (<c>--0315</c>, Apple's year 1604, 4.0's
/// "1985" or "1985-04") which is not a DateOnly and is kept as a 4.0 value, or neither (an error).
/// </summary>
internal readonly record struct VCardDate(DateOnly? Date, string? Partial)
{
    public bool IsValid => Date is not null || Partial is not null;
}

internal static partial class VCardDates
{
    [GeneratedRegex(@"^(\d{4})-?(\d{2})-?(\d{2})(?:[T ].*)?$")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"^--(\d{2})-?(\d{2})$")]
    private static partial Regex MonthDay();

    // Other reduced forms RFC 6350 allows: a year, a year and month, a month, a day.
    [GeneratedRegex(@"^(?:\d{4}|\d{4}-\d{2}|--\d{2}|---\d{2})$")]
    private static partial Regex OtherPartial();

    public static VCardDate Parse(string value, string? appleOmitYear = null)
    {
        var text = value.Trim();
        if (FullDate().Match(text) is { Success: true } full)
        {
            if (!TryDate(full.Groups[1].Value, full.Groups[2].Value, full.Groups[3].Value, out var date)) return default;
            // Apple writes a birthday without a year as year 1604 and says so in X-APPLE-OMIT-YEAR.
            if (appleOmitYear is not null && full.Groups[1].Value == appleOmitYear.Trim())
                return new VCardDate(null, $"--{date:MMdd}");
            return new VCardDate(date, null);
        }
        if (MonthDay().Match(text) is { Success: true } monthDay)
        {
            return TryDate("2000", monthDay.Groups[1].Value, monthDay.Groups[2].Value, out var day)
                ? new VCardDate(null, $"--{day:MMdd}") : default;
        }
        return OtherPartial().IsMatch(text) ? new VCardDate(null, text) : default;
    }

    /// <summary>4.0's basic form, <c>19850412</c> (RFC 6350 has no dashes in a full date).</summary>
    public static string Format(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static bool TryDate(string year, string month, string day, out DateOnly date) =>
        DateOnly.TryParseExact($"{year}-{month}-{day}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
