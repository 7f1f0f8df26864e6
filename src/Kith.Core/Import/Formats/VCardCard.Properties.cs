using Kith.Core.People;

namespace Kith.Core.Import.Formats;

// The properties Kith maps, one method each.
internal sealed partial class VCardCard
{
    private void ReadName(VCardProperty p)
    {
        if (Text(p) is not { } text) return;
        var parts = VCardEscaping.Split(text, ';');
        string? Part(int i) => i < parts.Count ? NamePart(parts[i]) : null;

        // family;given;additional;prefix;suffix — middle names join the first name; prefix and suffix are not kept.
        _last = Part(0);
        _first = NullIfEmpty(string.Join(' ', new[] { Part(1), Part(2) }.Where(s => s is not null)));
        _hasN = _first is not null || _last is not null;
    }

    /// <summary>One N component; in 3.0/4.0 an unescaped comma separates several names, which are joined by a space.</summary>
    private string? NamePart(string raw)
    {
        if (_version == VCardVersion.V21) return NullIfEmpty(VCardEscaping.Unescape(raw));
        var names = VCardEscaping.Split(raw, ',').Select(n => VCardEscaping.Unescape(n).Trim()).Where(n => n.Length > 0);
        return NullIfEmpty(string.Join(' ', names));
    }

    private void ReadNickname(VCardProperty p)
    {
        if (_hasNickname)
        {
            AddExtra(p);
            return;
        }
        if (Text(p) is not { } text) return;
        var names = VCardEscaping.Split(text, ',').Select(n => VCardEscaping.Unescape(n).Trim()).Where(n => n.Length > 0).ToList();
        if (names.Count == 0) return;
        _nickname = names[0];
        _hasNickname = true;
        // Kith keeps one nickname; the others go back out as they came.
        if (names.Count > 1) AddExtra(p, value: string.Join(',', names.Skip(1).Select(VCardEscaping.EscapeText)));
    }

    private void ReadOrganisation(VCardProperty p)
    {
        if (Text(p) is not { } text) return;
        var units = VCardEscaping.Split(text, ';');
        _organisation = NullIfEmpty(VCardEscaping.Unescape(units[0]));
        _department = units.Count > 1 ? NullIfEmpty(VCardEscaping.Unescape(units[1])) : null;
        _hasOrg = _organisation is not null || _department is not null;
    }

    private void ReadEmail(VCardProperty p)
    {
        var address = NullIfEmpty(Unescaped(p));
        if (address is not null && address.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)) address = NullIfEmpty(address[7..]);
        if (address is not null) _emails.Add(new LabelledValue(address, LabelOf(p, LabelledProperty.Email)));
    }

    private void ReadPhone(VCardProperty p)
    {
        var number = NullIfEmpty(Unescaped(p));
        if (number is not null && number.StartsWith("tel:", StringComparison.OrdinalIgnoreCase)) number = NullIfEmpty(number[4..]);
        if (number is not null) _phones.Add(new LabelledValue(number, LabelOf(p, LabelledProperty.Phone)));
    }

    private void ReadAddress(VCardProperty p)
    {
        if (Text(p) is not { } text) return;
        var parts = VCardEscaping.Split(text, ';');
        string? Part(int i) => i < parts.Count ? NullIfEmpty(VCardEscaping.Unescape(parts[i])) : null;
        var address = new ContactAddress(null, Part(0), Part(1), Part(2), Part(3), Part(4), Part(5), Part(6));
        if (address == new ContactAddress(null, null, null, null, null, null, null, null)) return;
        _addresses.Add(address with { Label = LabelOf(p, LabelledProperty.Address) });
    }

    private void ReadBirthday(VCardProperty p)
    {
        if (string.Equals(p.Param("VALUE"), "text", StringComparison.OrdinalIgnoreCase))
        {
            AddExtra(p); // "circa 1800": not a date Kith can use, but the card's own words
            return;
        }
        if (NullIfEmpty(Unescaped(p)) is not { } text) return;
        var date = VCardDates.Parse(text, p.Param("X-APPLE-OMIT-YEAR"));
        _hasBirthday = date.IsValid;
        if (date.Date is { } day) _birthday = day;
        else if (date.Partial is { } partial) AddExtra(p, value: partial, dropParameter: "X-APPLE-OMIT-YEAR");
        else Error(new RowError("BDAY", $"line {p.Line}: '{text}' is not a date (expected YYYY-MM-DD)"));
    }

    private void ReadMetOn(VCardProperty p)
    {
        if (NullIfEmpty(Unescaped(p)) is not { } text) return;
        if (VCardDates.Parse(text).Date is { } day)
        {
            _metOn = day;
            _hasMetOn = true;
        }
        else Error(new RowError(MetOnProperty, $"line {p.Line}: '{text}' is not a date (expected YYYY-MM-DD)"));
    }

    private void ReadUrl(VCardProperty p)
    {
        if (NullIfEmpty(Unescaped(p)) is not { } url) return;
        if (IsLinkedIn(url) && _linkedIn is null) _linkedIn = url;
        else if (!IsLinkedIn(url) && _website is null) _website = url;
        else
        {
            AddExtra(p); // Kith keeps one website and one LinkedIn profile
            return;
        }
        if (p.Group is not null) _labelledGroups.Add(p.Group);
    }

    private static bool IsLinkedIn(string url) =>
        Uri.TryCreate(url.Contains("://", StringComparison.Ordinal) ? url : "https://" + url, UriKind.Absolute, out var uri)
        && (uri.Host.Equals("linkedin.com", StringComparison.OrdinalIgnoreCase)
            || uri.Host.EndsWith(".linkedin.com", StringComparison.OrdinalIgnoreCase));

    private void ReadCategories(VCardProperty p)
    {
        if (Text(p) is not { } text) return;
        foreach (var raw in VCardEscaping.Split(text, ','))
        {
            var tag = VCardEscaping.Unescape(raw).Trim();
            if (tag.Length > 0 && !_tags.Contains(tag, StringComparer.OrdinalIgnoreCase)) _tags.Add(tag);
        }
    }

    private void ReadPhoto(VCardProperty p)
    {
        if (!_options.KeepPhotos) return;
        if (p.IsBase64)
        {
            var declared = p.Types.Select(VCardMedia.FromToken).FirstOrDefault(t => t is not null)
                ?? (p.Param("MEDIATYPE") is { } m && VCardMedia.IsMediaType(m) ? m.ToLowerInvariant() : null);
            KeepPhoto(p, p.Value, declared);
        }
        else if (VCardMedia.TryParseDataUri(VCardEscaping.Unescape(p.Value.Trim()), out var mediaType, out var base64))
            KeepPhoto(p, base64, mediaType == VCardMedia.Unknown ? null : mediaType);
        else if (LooksLikeBase64(p.Value))
            KeepPhoto(p, p.Value, null); // inline data from a writer that forgot ENCODING=b
        else if (p.Value.Trim().Length > 0)
            AddExtra(p); // a picture by URL: Kith does not fetch it, but gives it back
    }

    private static bool LooksLikeBase64(string value) =>
        value.Length >= 64 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=' or ' ' or '\t');

    private void KeepPhoto(VCardProperty p, string base64, string? declaredType)
    {
        // The first picture wins; one larger than Kith keeps is dropped rather than refused.
        if (_photo is not null || VCardValues.Base64Length(base64) > Person.PhotoMaxBytes) return;
        if (VCardValues.Base64(base64) is not { } bytes)
        {
            Error(new RowError(p.Name, $"line {p.Line}: the picture is not valid base64"));
            return;
        }
        if (bytes.Length > 0 && bytes.Length <= Person.PhotoMaxBytes)
            _photo = new ContactPhoto(declaredType ?? VCardMedia.Sniff(bytes), bytes);
    }

    /// <summary>The label of an e-mail, phone or address: its group's Apple label, else its TYPE words.</summary>
    private string? LabelOf(VCardProperty p, LabelledProperty property)
    {
        if (p.Group is not null && _appleLabels.TryGetValue(p.Group, out var appleLabel))
        {
            _labelledGroups.Add(p.Group);
            if (appleLabel is not null) return appleLabel;
        }
        return VCardLabels.FromTypes(p.Types, property);
    }
}
