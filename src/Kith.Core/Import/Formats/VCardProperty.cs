namespace Kith.Core.Import.Formats;

internal enum VCardVersion { V21, V30, V40 }

/// <summary>A parameter of a content line, its values already split on commas and unquoted.</summary>
internal sealed record VCardParameter(string Name, IReadOnlyList<string> Values);

/// <summary>
/// One content line taken apart: <c>[group.]NAME[;param…]:value</c>. The value stays as written
/// (escaped, maybe quoted-printable); <see cref="VCardValues"/> decodes it.
/// </summary>
internal sealed class VCardProperty
{
    private static readonly HashSet<string> EncodingTokens =
        new(["QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"], StringComparer.OrdinalIgnoreCase);

    public required string? Group { get; init; }
    public required string Name { get; init; }
    /// <summary>The name in upper case, for comparisons (names are case-insensitive).</summary>
    public required string Key { get; init; }
    public required IReadOnlyList<VCardParameter> Parameters { get; init; }
    public required string Value { get; init; }
    public required int Line { get; init; }

    public string? Param(string name) =>
        Parameters.FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase))?.Values is { Count: > 0 } values
            ? values[0] : null;

    /// <summary>Every TYPE value, lower case, from all three syntaxes (TYPE=a,b / TYPE=a;TYPE=b / 2.1 bare a;b).</summary>
    public IEnumerable<string> Types =>
        Parameters.Where(p => p.Name == "TYPE").SelectMany(p => p.Values)
            .Select(v => v.Trim().ToLowerInvariant()).Where(v => v.Length > 0);

    public bool IsQuotedPrintable =>
        string.Equals(Param("ENCODING"), "QUOTED-PRINTABLE", StringComparison.OrdinalIgnoreCase);

    public bool IsBase64 => Param("ENCODING") is { } e
        && (e.Equals("B", StringComparison.OrdinalIgnoreCase) || e.Equals("BASE64", StringComparison.OrdinalIgnoreCase));

    /// <summary>Parses a content line; null when it is not one (no colon, or a name with odd characters).</summary>
    public static VCardProperty? Parse(LogicalLine line, VCardVersion version)
    {
        var s = line.Text;
        var i = 0;
        while (i < s.Length && s[i] is not (';' or ':')) i++;
        if (i == s.Length) return null;

        var fullName = s[..i].Trim();
        var dot = fullName.IndexOf('.', StringComparison.Ordinal);
        var group = dot < 0 ? null : fullName[..dot];
        var name = dot < 0 ? fullName : fullName[(dot + 1)..];
        if (!IsName(name) || (group is not null && !IsName(group))) return null;

        var parameters = new List<VCardParameter>();
        while (s[i] == ';')
        {
            i++;
            if (ParseParameter(s, ref i, version) is not { } parameter) return null;
            if (parameter.Name.Length > 0) parameters.Add(parameter);
            if (i >= s.Length) return null;
        }

        return new VCardProperty { Group = group, Name = name, Key = name.ToUpperInvariant(), Parameters = parameters, Value = s[(i + 1)..], Line = line.Number };
    }

    private static VCardParameter? ParseParameter(string s, ref int i, VCardVersion version)
    {
        var start = i;
        while (i < s.Length && s[i] is not (';' or ':' or '=')) i++;
        if (i >= s.Length) return null;
        var name = s[start..i].Trim();
        if (s[i] != '=')
        {
            // vCard 2.1 bare parameter: "WORK", "VOICE", "QUOTED-PRINTABLE"
            if (name.Length == 0) return new VCardParameter("", []);
            return EncodingTokens.Contains(name) ? new("ENCODING", [name]) : new("TYPE", [name]);
        }

        i++;
        var values = new List<string>();
        while (true)
        {
            string value;
            if (i < s.Length && s[i] == '"')
            {
                var close = s.IndexOf('"', i + 1);
                if (close < 0) return null;
                value = s[(i + 1)..close];
                i = close + 1;
                while (i < s.Length && s[i] is not (',' or ';' or ':')) i++; // junk after a closing quote
            }
            else
            {
                var from = i;
                while (i < s.Length && s[i] is not (',' or ';' or ':')) i++;
                value = s[from..i].Trim();
            }
            if (version == VCardVersion.V40) value = VCardEscaping.DecodeParameter(value);
            values.Add(value);
            if (i >= s.Length) return null;
            if (s[i] != ',') break;
            i++;
        }

        var upper = name.ToUpperInvariant();
        if (upper == "TYPE") // TYPE="work,voice" means two types
            values = values.SelectMany(v => v.Split(',')).ToList();
        return new VCardParameter(upper, values);
    }

    private static bool IsName(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
