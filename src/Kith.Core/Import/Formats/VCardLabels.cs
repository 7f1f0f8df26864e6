namespace Kith.Core.Import.Formats;

internal enum LabelledProperty { Email, Phone, Address }

/// <summary>
/// Labels of e-mails, phones and addresses: read from TYPE ("work", "cell"→"mobile") or an Apple
/// <c>itemN.X-ABLabel</c>; written back as TYPE when 4.0 knows every word, else as X-ABLabel.
/// </summary>
internal static class VCardLabels
{
    public const string AppleLabel = "X-ABLABEL";

    // Types that say how, not which: they are not labels a person would pick.
    private static readonly HashSet<string> NotLabels =
        new(["pref", "internet", "x400", "voice", "msg", "dom", "intl", "postal", "parcel"], StringComparer.Ordinal);

    // RFC 6350 TYPE values per property; "voice" and "cell" are left out on purpose: "voice" is not read
    // as a label and "cell" is read as "mobile", so writing them as TYPE would not read back the same.
    private static readonly HashSet<string> EmailTypes = new(["work", "home"], StringComparer.Ordinal);
    private static readonly HashSet<string> PhoneTypes =
        new(["work", "home", "text", "fax", "mobile", "video", "pager", "textphone"], StringComparer.Ordinal);

    public static string? FromTypes(IEnumerable<string> types, LabelledProperty property)
    {
        var words = new List<string>();
        foreach (var type in types)
        {
            var word = property == LabelledProperty.Phone && type is "cell" or "mobile" or "iphone" ? "mobile" : type;
            if (!NotLabels.Contains(word) && !words.Contains(word)) words.Add(word);
        }
        return words.Count == 0 ? null : string.Join(' ', words);
    }

    /// <summary>Apple's label text: <c>_$!&lt;Mobile&gt;!$_</c> for its own labels, plain text for the user's.</summary>
    public static string? FromAppleLabel(string text)
    {
        var label = text.Trim();
        if (label.StartsWith("_$!<", StringComparison.Ordinal) && label.EndsWith(">!$_", StringComparison.Ordinal))
            label = label[4..^4];
        label = label.Trim().ToLowerInvariant();
        return label.Length == 0 ? null : label;
    }

    /// <summary>The TYPE values that say <paramref name="label"/>, or null when only an X-ABLabel can.</summary>
    public static IReadOnlyList<string>? AsTypes(string label, LabelledProperty property)
    {
        var known = property == LabelledProperty.Phone ? PhoneTypes : EmailTypes;
        var words = label.ToLowerInvariant().Split(' ');
        if (words.Any(w => !known.Contains(w)) || words.Distinct().Count() != words.Length) return null;
        return words.Select(w => w == "mobile" ? "cell" : w).ToList();
    }
}
