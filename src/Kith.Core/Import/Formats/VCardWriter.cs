using System.Text;

namespace Kith.Core.Import.Formats;

/// <summary>One <see cref="ContactRecord"/> as a vCard 4.0 (RFC 6350), extras given back at the end.</summary>
internal sealed class VCardWriter
{
    private readonly List<string> _lines = [];
    private readonly HashSet<string> _groups = new(StringComparer.OrdinalIgnoreCase);
    private int _nextGroup = 1;

    public static void Write(TextWriter output, ContactRecord record)
    {
        var writer = new VCardWriter();
        writer.Build(record);
        foreach (var line in writer._lines) VCardFolding.WriteLine(output, line);
    }

    private void Build(ContactRecord r)
    {
        var extras = r.Extras.Where(IsSafeExtra).ToList();
        foreach (var extra in extras)
            if (GroupOf(extra) is { } group) _groups.Add(group);

        _lines.Add("BEGIN:VCARD");
        _lines.Add("VERSION:4.0");
        var fullName = r.DisplayName.Length > 0 ? r.DisplayName : r.Organisation ?? r.Department ?? "";
        _lines.Add("FN:" + Text(fullName));
        if (r.FirstName is not null || r.LastName is not null)
            _lines.Add($"N:{Text(r.LastName)};{Text(r.FirstName)};;;");
        AddIfAny("NICKNAME", r.Nickname);
        if (r.Organisation is not null || r.Department is not null)
            _lines.Add("ORG:" + Text(r.Organisation) + (r.Department is null ? "" : ";" + Text(r.Department)));
        AddIfAny("TITLE", r.JobTitle);
        foreach (var email in r.Emails) AddLabelled("EMAIL", Text(email.Value), email.Label, LabelledProperty.Email);
        foreach (var phone in r.Phones) AddLabelled("TEL", Text(phone.Value), phone.Label, LabelledProperty.Phone);
        foreach (var a in r.Addresses)
        {
            var value = string.Join(';', new[] { a.PoBox, a.Extended, a.Street, a.Locality, a.Region, a.PostalCode, a.Country }.Select(Text));
            AddLabelled("ADR", value, a.Label, LabelledProperty.Address);
        }
        if (r.Birthday is { } birthday) _lines.Add("BDAY:" + VCardDates.Format(birthday));
        if (!string.IsNullOrWhiteSpace(r.Website)) _lines.Add("URL:" + VCardEscaping.EscapeUri(r.Website));
        if (!string.IsNullOrWhiteSpace(r.LinkedInUrl)) _lines.Add("URL:" + VCardEscaping.EscapeUri(r.LinkedInUrl));
        if (!string.IsNullOrEmpty(r.Notes)) _lines.Add("NOTE:" + Text(r.Notes));
        if (r.Tags.Count > 0) _lines.Add("CATEGORIES:" + string.Join(',', r.Tags.Select(Text)));
        if (r.MetOn is { } metOn) _lines.Add($"{VCardCard.MetOnProperty}:{VCardDates.Format(metOn)}");
        if (r.Photo is { Data.Length: > 0 } photo) _lines.Add("PHOTO:" + VCardMedia.DataUri(photo.MediaType, photo.Data));
        _lines.AddRange(extras);
        _lines.Add("END:VCARD");
    }

    private static string Text(string? value) => value is null ? "" : VCardEscaping.EscapeText(value);

    private void AddIfAny(string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) _lines.Add($"{name}:{Text(value)}");
    }

    /// <summary>A label 4.0 has TYPE words for goes in TYPE; any other goes in an Apple-style group label, which 4.0 allows.</summary>
    private void AddLabelled(string name, string value, string? label, LabelledProperty property)
    {
        if (string.IsNullOrWhiteSpace(label))
            _lines.Add($"{name}:{value}");
        else if (VCardLabels.AsTypes(label.Trim(), property) is { } types)
            _lines.Add($"{name};TYPE={string.Join(',', types)}:{value}");
        else
        {
            var group = NewGroup();
            _lines.Add($"{group}.{name}:{value}");
            _lines.Add($"{group}.X-ABLabel:{Text(label.Trim())}");
        }
    }

    private string NewGroup()
    {
        string group;
        do group = $"item{_nextGroup++}";
        while (!_groups.Add(group));
        return group;
    }

    private static string? GroupOf(string line)
    {
        var end = line.AsSpan().IndexOfAny(";:");
        var name = end < 0 ? line : line[..end];
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? null : name[..dot];
    }

    /// <summary>An extra that would break the card (a line break, no colon, a BEGIN/END/VERSION of its own) is not written.</summary>
    private static bool IsSafeExtra(string line)
    {
        if (line.AsSpan().IndexOfAny('\r', '\n') >= 0) return false;
        var end = line.AsSpan().IndexOfAny(";:");
        if (end <= 0 || !line.Contains(':', StringComparison.Ordinal)) return false;
        var name = line[..end];
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        name = dot < 0 ? name : name[(dot + 1)..];
        return !(name.Equals("BEGIN", StringComparison.OrdinalIgnoreCase)
            || name.Equals("END", StringComparison.OrdinalIgnoreCase)
            || name.Equals("VERSION", StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>RFC 6350 §3.2: lines of at most 75 octets, a continuation starting with a space, never splitting a UTF-8 sequence.</summary>
internal static class VCardFolding
{
    public const int MaxOctets = 75;

    public static void WriteLine(TextWriter output, string line)
    {
        var octets = 0;
        var start = 0;
        var i = 0;
        while (i < line.Length)
        {
            Rune.DecodeFromUtf16(line.AsSpan(i), out var rune, out var used);
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxOctets)
            {
                output.Write(line.AsSpan(start, i - start));
                output.Write("\r\n ");
                start = i;
                octets = 1; // the space that starts the continuation
            }
            octets += size;
            i += used;
        }
        output.Write(line.AsSpan(start));
        output.Write("\r\n");
    }
}
