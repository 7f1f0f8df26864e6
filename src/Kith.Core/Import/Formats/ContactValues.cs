using System.Globalization;

namespace Kith.Core.Import.Formats;

/// <summary>The small translations every CSV reader shares: empty cells, dates, names, lists and web addresses.</summary>
internal static class ContactValues
{
    /// <summary>The ISO shape Kith writes and reads everywhere.</summary>
    public const string IsoDate = "yyyy-MM-dd";

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>
    /// A date in one of <paramref name="shapes"/> (invariant culture, so "Oct" is October on every machine).
    /// Times are allowed by the shapes that name them and dropped; the no-break spaces some exports put
    /// before AM/PM count as spaces.
    /// </summary>
    public static DateOnly? Date(string text, ReadOnlySpan<string> shapes)
    {
        var plain = text.Replace('\u202F', ' ').Replace('\u00A0', ' ').Trim();
        foreach (var shape in shapes)
        {
            if (DateTime.TryParseExact(plain, shape, CultureInfo.InvariantCulture, DateTimeStyles.AllowInnerWhite, out var at))
                return DateOnly.FromDateTime(at);
        }
        return null;
    }

    /// <summary>
    /// A birthday without a year ("--04-12" or "--0412", as Google and vCard write it) cannot be a
    /// <see cref="DateOnly"/>; it is kept as the vCard line "BDAY:--0412" so a vCard export gives it back.
    /// </summary>
    public static string? YearlessBirthday(string text)
    {
        var digits = text.Trim();
        if (!digits.StartsWith("--", StringComparison.Ordinal))
            return null;
        digits = digits[2..].Replace("-", "", StringComparison.Ordinal);
        return digits.Length == 4 && digits.All(char.IsAsciiDigit)
            && DateOnly.TryParseExact($"2000-{digits[..2]}-{digits[2..]}", IsoDate, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? $"BDAY:--{digits}"
            : null;
    }

    /// <summary>"--04-12" from a kept "BDAY:--0412" line, so Kith's CSV export carries a birthday without a year.</summary>
    public static string? YearlessBirthdayCell(IEnumerable<string> extras)
    {
        foreach (var line in extras)
        {
            if (line.StartsWith("BDAY:--", StringComparison.OrdinalIgnoreCase) && YearlessBirthday(line[5..]) is { } kept)
                return $"--{kept[7..9]}-{kept[9..11]}";
        }
        return null;
    }

    /// <summary>"Ana Maria Lima" → ("Ana Maria", "Lima"); one word is a first name.</summary>
    public static (string? First, string? Last) SplitFullName(string? fullName)
    {
        var name = Clean(fullName);
        if (name is null)
            return (null, null);
        var space = name.LastIndexOf(' ');
        return space < 0 ? (name, null) : (name[..space].TrimEnd(), name[(space + 1)..]);
    }

    /// <summary>
    /// Kith needs a first name. Someone known by one name may arrive with it in the last-name column or
    /// only as a nickname; that one name becomes the first name rather than losing the person.
    /// </summary>
    public static (string? First, string? Last) CompleteName(string? first, string? last, string? nickname)
    {
        first = Clean(first);
        last = Clean(last);
        if (first is not null)
            return (first, last);
        if (last is not null)
            return (last, null);
        return (Clean(nickname), null);
    }

    /// <summary>A cell holding several values ("a@x.org; b@y.org", "friends, book club"), split on commas and semicolons.</summary>
    public static string[] SplitList(string cell) =>
        cell.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>"www.example.org" → "https://www.example.org": Kith keeps web addresses with their scheme.</summary>
    public static string WebAddress(string value) =>
        value.Contains("://", StringComparison.Ordinal) || value.Contains(' ', StringComparison.Ordinal) || !value.Contains('.', StringComparison.Ordinal)
            ? value
            : "https://" + value;

    public static bool IsLinkedIn(string address) =>
        Uri.TryCreate(WebAddress(address), UriKind.Absolute, out var uri)
        && (uri.Host.Equals("linkedin.com", StringComparison.OrdinalIgnoreCase)
            || uri.Host.EndsWith(".linkedin.com", StringComparison.OrdinalIgnoreCase));

    /// <summary>Adds <paramref name="value"/> unless the list already has it (ignoring case).</summary>
    public static void AddDistinct(List<string> list, string? value)
    {
        if (Clean(value) is { } v && !list.Contains(v, StringComparer.OrdinalIgnoreCase))
            list.Add(v);
    }
}
