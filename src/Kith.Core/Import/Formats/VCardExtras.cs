using System.Text;

namespace Kith.Core.Import.Formats;

/// <summary>
/// Properties Kith does not understand, rewritten as 4.0 content lines so an export gives them back
/// in a valid card: quoted-printable decoded to plain text, base64 turned into a data: URI, 2.1 bare
/// parameters named, CHARSET/ENCODING dropped, and the few 2.1/3.0-only properties renamed or dropped.
/// </summary>
internal static class VCardExtras
{
    // LABEL repeats an ADR we keep; PROFILE and NAME describe the file, not the person.
    private static readonly HashSet<string> DroppedBefore40 = new(["LABEL", "PROFILE", "NAME"], StringComparer.Ordinal);
    // No longer in 4.0; an X- name keeps them valid and readable.
    private static readonly HashSet<string> RenamedBefore40 = new(["CLASS", "MAILER", "SORT-STRING", "AGENT"], StringComparer.Ordinal);

    /// <summary>
    /// The 4.0 line for <paramref name="property"/>, or null when it has no place in a 4.0 card (or cannot be
    /// decoded: then <paramref name="error"/> says why). <paramref name="value"/> replaces the value when given.
    /// </summary>
    public static string? Line(VCardProperty property, VCardVersion version, out RowError? error,
        string? value = null, string? dropParameter = null)
    {
        error = null;
        var name = property.Name.Replace('_', '-');
        if (version != VCardVersion.V40)
        {
            if (DroppedBefore40.Contains(property.Key)) return null;
            if (RenamedBefore40.Contains(property.Key)) name = "X-" + name;
        }
        if (name.Equals("AGENT", StringComparison.OrdinalIgnoreCase) || (name.Equals("X-AGENT", StringComparison.OrdinalIgnoreCase) && property.Value.Length == 0))
            return null; // an empty AGENT introduced a nested card, which is not kept

        var parameters = property.Parameters
            .Where(p => p.Name is not ("ENCODING" or "CHARSET") && p.Name != dropParameter)
            .ToList();

        if (value is null)
        {
            if (property.IsBase64)
            {
                if (VCardValues.Base64(property.Value) is not { } bytes)
                {
                    error = new RowError(property.Name, $"line {property.Line}: the value is not valid base64");
                    return null;
                }
                value = VCardMedia.DataUri(TakeMediaType(parameters) ?? VCardMedia.Sniff(bytes), bytes);
            }
            else if (property.IsQuotedPrintable)
            {
                if (VCardValues.Text(property, out error) is not { } text) return null;
                value = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
                    .Replace("\n", @"\n", StringComparison.Ordinal);
            }
            else value = property.Value;
        }

        NormaliseParameters(parameters, version);
        var line = new StringBuilder();
        if (property.Group is not null) line.Append(property.Group).Append('.');
        line.Append(name);
        foreach (var parameter in parameters)
        {
            line.Append(';').Append(parameter.Name);
            if (parameter.Values.Count > 0)
                line.Append('=').AppendJoin(',', parameter.Values.Select(VCardEscaping.EncodeParameter));
        }
        return line.Append(':').Append(value).ToString();
    }

    /// <summary>Removes the TYPE token that names the binary's media type ("JPEG", "X509") and returns its media type.</summary>
    private static string? TakeMediaType(List<VCardParameter> parameters)
    {
        for (var i = 0; i < parameters.Count; i++)
        {
            var p = parameters[i];
            if (p.Name is not ("TYPE" or "MEDIATYPE")) continue;
            foreach (var token in p.Values)
            {
                if (VCardMedia.FromToken(token) is not { } media) continue;
                var rest = p.Values.Where(v => v != token).ToList();
                if (rest.Count == 0) parameters.RemoveAt(i);
                else parameters[i] = p with { Values = rest };
                return media;
            }
        }
        return null;
    }

    private static void NormaliseParameters(List<VCardParameter> parameters, VCardVersion version)
    {
        for (var i = 0; i < parameters.Count; i++)
        {
            if (parameters[i] is { Name: "VALUE" } v && v.Values.Any(x => x.Equals("URL", StringComparison.OrdinalIgnoreCase)))
                parameters[i] = v with { Values = ["uri"] };
        }
        if (version == VCardVersion.V40) return;

        // 3.0's TYPE=pref is 4.0's PREF=1.
        var preferred = false;
        for (var i = parameters.Count - 1; i >= 0; i--)
        {
            if (parameters[i].Name != "TYPE") continue;
            var rest = parameters[i].Values.Where(x => !x.Equals("pref", StringComparison.OrdinalIgnoreCase)).ToList();
            if (rest.Count == parameters[i].Values.Count) continue;
            preferred = true;
            if (rest.Count == 0) parameters.RemoveAt(i);
            else parameters[i] = parameters[i] with { Values = rest };
        }
        if (preferred && !parameters.Any(p => p.Name == "PREF")) parameters.Add(new VCardParameter("PREF", ["1"]));
    }
}
