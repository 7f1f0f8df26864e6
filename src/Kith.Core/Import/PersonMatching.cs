using System.Text;
using Kith.Core.People;

namespace Kith.Core.Import;

/// <summary>
/// The keys two records of the same person share: an e-mail, a LinkedIn address, a phone number, or
/// a name at an organisation. One place, so an import and the duplicate finder agree.
/// </summary>
internal static class PersonMatching
{
    public static string EmailKey(string address) => address.Trim().ToLowerInvariant();

    /// <summary>"https://www.linkedin.com/in/Ana-Lima/?trk=x" and "linkedin.com/in/ana-lima" give the same key.</summary>
    public static string? LinkedInKey(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        var text = url.Trim();
        if (!text.Contains("://", StringComparison.Ordinal)) text = "https://" + text;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)) return null;
        var path = Uri.UnescapeDataString(uri.AbsolutePath).Trim('/').ToLowerInvariant();
        return path.Length == 0 ? null : path;
    }

    /// <summary>The digits of a number, the last nine of them, so "+44 20 7946 0018" matches "020 7946 0018".</summary>
    public static string? PhoneKey(string? number)
    {
        if (number is null) return null;
        var digits = new string(number.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length < 7) return null;
        return digits.Length > 9 ? digits[^9..] : digits;
    }

    /// <summary>Lower case, no accents, no punctuation, single spaces: "Élodie  D'Arcy" → "elodie darcy".</summary>
    public static string NameKey(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "";
        var folded = Person.SortKeyOf(name.Trim());
        var sb = new StringBuilder(folded.Length);
        var space = false;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c)) { sb.Append(c); space = false; }
            else if (char.IsWhiteSpace(c) || c == '-') { if (!space && sb.Length > 0) sb.Append(' '); space = true; }
        }
        return sb.ToString().TrimEnd();
    }

    public static string OrgKey(string? organisation) => NameKey(organisation);

    public static string FullNameKey(string? first, string? last) => NameKey($"{first} {last}");

    /// <summary>
    /// Two names that may be the same person: the same last name and first names where one starts with
    /// the other ("Bob"/"Bobby", "A."/"Ana") or one letter apart; or the same first name and last names
    /// one letter apart ("Lima"/"Lim a" typos). Identical names count as similar too.
    /// </summary>
    public static bool SimilarNames(string first1, string last1, string first2, string last2)
    {
        if (first1 == first2 && last1 == last2) return true;
        if (last1 == last2 && last1.Length > 0)
            return first1.Length > 0 && first2.Length > 0
                && (first1.StartsWith(first2, StringComparison.Ordinal) || first2.StartsWith(first1, StringComparison.Ordinal)
                    || (Math.Min(first1.Length, first2.Length) >= 4 && OneEditApart(first1, first2)));
        if (first1 == first2 && first1.Length > 0)
            return Math.Min(last1.Length, last2.Length) >= 4 && OneEditApart(last1, last2);
        return false;
    }

    /// <summary>True when one insertion, deletion or substitution turns <paramref name="a"/> into <paramref name="b"/>.</summary>
    public static bool OneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { i++; j++; continue; }
            if (++edits > 1) return false;
            if (a.Length > b.Length) i++;
            else if (b.Length > a.Length) j++;
            else { i++; j++; }
        }
        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }
}
