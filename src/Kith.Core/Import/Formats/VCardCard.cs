namespace Kith.Core.Import.Formats;

/// <summary>
/// One card's content lines → a <see cref="ContactRecord"/>: what Kith understands is mapped, the
/// rest goes to <see cref="ContactRecord.Extras"/> as 4.0 lines, and what cannot be read becomes a
/// <see cref="RowError"/> naming the property.
/// </summary>
internal sealed partial class VCardCard
{
    /// <summary>Kith's own property for the day we met, so a Kith export reads back whole.</summary>
    public const string MetOnProperty = "X-KITH-MET-ON";

    private readonly int _line;
    private readonly VCardVersion _version;
    private readonly VCardReadOptions _options;
    /// <summary>Enough to show what is wrong; a card of garbage need not list every line.</summary>
    private const int MaxErrors = 20;

    private readonly List<RowError> _errors = [];
    private int _moreErrors;
    private readonly List<(string? Group, bool IsAppleLabel, string Line)> _extras = [];
    private readonly Dictionary<string, string?> _appleLabels = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _labelledGroups = new(StringComparer.OrdinalIgnoreCase);

    private bool _hasN, _hasOrg, _hasTitle, _hasBirthday, _hasMetOn, _hasNickname, _isOrganisation;
    private string? _first, _last, _fullName, _nickname, _organisation, _department, _title, _website, _linkedIn, _socialLinkedIn;
    private DateOnly? _birthday, _metOn;
    private ContactPhoto? _photo;
    private readonly List<string> _notes = [];
    private readonly List<LabelledValue> _emails = [], _phones = [];
    private readonly List<ContactAddress> _addresses = [];
    private readonly List<string> _tags = [];

    private VCardCard(int line, VCardVersion version, VCardReadOptions options)
    {
        _line = line;
        _version = version;
        _options = options;
    }

    public static ReadRow Read(IReadOnlyList<LogicalLine> lines, int beginLine, VCardReadOptions options)
    {
        var card = new VCardCard(beginLine, VersionOf(lines), options);
        var properties = new List<VCardProperty>(lines.Count);
        foreach (var line in lines)
        {
            if (VCardProperty.Parse(line, card._version) is { } property) properties.Add(property);
            else card.Error(new RowError(FirstWord(line.Text), $"line {line.Number} is not a vCard property (NAME:value)"));
        }

        // Apple's labels may come before or after the property of their group.
        foreach (var p in properties.Where(p => p.Key == VCardLabels.AppleLabel && p.Group is not null))
            if (!card._appleLabels.ContainsKey(p.Group!) && card.Text(p) is { } label)
                card._appleLabels[p.Group!] = VCardLabels.FromAppleLabel(VCardEscaping.Unescape(label));

        foreach (var property in properties) card.Take(property);
        return card.Finish();
    }

    private static VCardVersion VersionOf(IReadOnlyList<LogicalLine> lines)
    {
        foreach (var line in lines)
        {
            var text = line.Text.Trim();
            if (!text.StartsWith("VERSION:", StringComparison.OrdinalIgnoreCase)) continue;
            var version = text[8..].Trim();
            return version.StartsWith('2') ? VCardVersion.V21 : version.StartsWith('4') ? VCardVersion.V40 : VCardVersion.V30;
        }
        return VCardVersion.V30;
    }

    private static string FirstWord(string text)
    {
        var word = text.Trim().Split([';', ':', ' '], 2)[0];
        return word.Length > 40 ? word[..40] : word;
    }

    private void Take(VCardProperty p)
    {
        switch (p.Key)
        {
            case "VERSION" or "PRODID" or "REV":
                return;
            case VCardLabels.AppleLabel when p.Group is not null:
                AddExtra(p, isAppleLabel: true);
                return;
            case "N" when !_hasN: ReadName(p); return;
            case "N": return; // a second N says nothing the first did not
            case "FN": _fullName ??= Unescaped(p)?.Trim(); return;
            case "NICKNAME": ReadNickname(p); return;
            case "ORG" when !_hasOrg: ReadOrganisation(p); return;
            case "TITLE" when !_hasTitle:
                _title = NullIfEmpty(Unescaped(p));
                _hasTitle = _title is not null;
                return;
            case "NOTE":
                if (Unescaped(p) is { Length: > 0 } note) _notes.Add(note);
                return;
            case "EMAIL": ReadEmail(p); return;
            case "TEL": ReadPhone(p); return;
            case "ADR": ReadAddress(p); return;
            case "BDAY" when !_hasBirthday: ReadBirthday(p); return;
            case MetOnProperty when !_hasMetOn: ReadMetOn(p); return;
            case "URL": ReadUrl(p); return;
            case "CATEGORIES": ReadCategories(p); return;
            case "PHOTO": ReadPhoto(p); return;
            case "KIND":
                _isOrganisation |= Unescaped(p)?.Trim().Equals("org", StringComparison.OrdinalIgnoreCase) == true;
                AddExtra(p);
                return;
            case "X-SOCIALPROFILE":
                if (_socialLinkedIn is null && Unescaped(p)?.Trim() is { } profile && IsLinkedIn(profile)) _socialLinkedIn = profile;
                AddExtra(p);
                return;
            default:
                AddExtra(p);
                return;
        }
    }

    private ReadRow Finish()
    {
        if (!_hasN && !string.IsNullOrEmpty(_fullName) && !IsOrganisationName(_fullName))
        {
            var space = _fullName.LastIndexOfAny([' ', '\t']);
            _first = space < 0 ? _fullName : NullIfEmpty(_fullName[..space].Trim());
            _last = space < 0 ? null : NullIfEmpty(_fullName[(space + 1)..]);
        }
        if (_first is null && _last is null && _organisation is null && _department is null)
            Error(new RowError("FN", "the card has no name"));
        if (_moreErrors > 0) _errors.Add(new RowError("…", $"and {_moreErrors:N0} more problems in this card"));

        var record = new ContactRecord
        {
            Line = _line,
            FirstName = _first,
            LastName = _last,
            Nickname = _nickname,
            Organisation = _organisation,
            Department = _department,
            JobTitle = _title,
            Notes = _notes.Count == 0 ? null : string.Join('\n', _notes),
            Website = _website,
            LinkedInUrl = _linkedIn ?? _socialLinkedIn,
            MetOn = _metOn,
            Birthday = _birthday,
            Emails = _emails,
            Phones = _phones,
            Addresses = _addresses,
            Tags = _tags,
            Photo = _photo,
            // An Apple label stays only when the property it labels stayed too.
            Extras = _extras.Where(e => !e.IsAppleLabel || !_labelledGroups.Contains(e.Group!)).Select(e => e.Line).ToList(),
        };
        return _errors.Count == 0 ? ReadRow.Ok(record) : new ReadRow(_line, record, _errors);
    }

    /// <summary>An organisation's own card: FN repeats ORG (or KIND:org), so FN is not split into a first and last name.</summary>
    private bool IsOrganisationName(string fullName) =>
        _isOrganisation || (_organisation is not null && fullName.Equals(_organisation, StringComparison.Ordinal));

    /// <summary>
    /// The value with its transfer encoding undone (still escaped), line breaks as "\n" whichever way
    /// quoted-printable wrote them; or null after recording why not.
    /// </summary>
    private string? Text(VCardProperty p)
    {
        var text = VCardValues.Text(p, out var error);
        if (error is not null) Error(error);
        return text?.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    private string? Unescaped(VCardProperty p) => Text(p) is { } text ? VCardEscaping.Unescape(text) : null;

    private void Error(RowError error)
    {
        if (_errors.Contains(error)) return; // a label decoded twice fails twice
        if (_errors.Count < MaxErrors) _errors.Add(error);
        else _moreErrors++;
    }

    private void AddExtra(VCardProperty p, bool isAppleLabel = false, string? value = null, string? dropParameter = null)
    {
        if (VCardExtras.Line(p, _version, out var error, value, dropParameter) is { } line) _extras.Add((p.Group, isAppleLabel, line));
        if (error is not null) Error(error);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
