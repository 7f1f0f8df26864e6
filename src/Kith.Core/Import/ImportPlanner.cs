using Kith.Core.People;

namespace Kith.Core.Import;

/// <summary>What committing one row does.</summary>
internal enum RowAction { None, Create, Merge, Skip }

/// <summary>A row's verdict: what the preview shows, and for a commit, what to write (the cleaned record, and whom it merges into).</summary>
internal sealed record PlannedRow(PreviewRow Preview, RowAction Action, ContactRecord? Record, int TargetKey);

/// <summary>
/// Decides, row by row, what an import does: checks a record by the same rules as the person form,
/// matches it against everyone known (and everyone earlier in the same file), and works out what a
/// merge would add. Preview and commit run the same planner, so the commit does what the preview said.
/// </summary>
internal sealed class ImportPlanner(ImportIndex index, DateOnly today, ImportOptions options, ImportChoices choices)
{
    public PlannedRow Plan(ReadRow row)
    {
        if (row.SkipReason is { } reason)
            return Ignored(row.Line, reason, row.Record);
        var errors = row.Errors.ToList();
        var record = row.Record is null ? null : Clean(row.Record, errors);
        if (record is null || errors.Count > 0)
        {
            var name = record?.DisplayName ?? row.Record?.DisplayName ?? "";
            return new PlannedRow(new PreviewRow(row.Line, RowStatus.Error, name, record?.Organisation, FirstEmail(record), null, null, [], errors, null),
                RowAction.None, null, 0);
        }
        if (string.IsNullOrWhiteSpace(record.FirstName))
        {
            return Ignored(row.Line,
                record.Organisation is not null ? "only an organisation, no person's name"
                : record.Emails.Count + record.Phones.Count > 0 ? "no name, only an e-mail address or phone number"
                : "nothing to import on this row", record);
        }

        choices.ByLine.TryGetValue(row.Line, out var chosen);
        var hasChoice = choices.ByLine.ContainsKey(row.Line);
        if (index.FindSame(record) is var (same, sameReason))
        {
            var changes = Changes(same, record);
            var status = changes.Count > 0 ? RowStatus.Update : RowStatus.Unchanged;
            var action = hasChoice ? chosen : RowChoice.Merge;
            return Decide(row.Line, status, record, same, sameReason, changes, action);
        }
        if (index.FindSimilar(record) is var (similar, similarReason))
        {
            var action = hasChoice ? chosen : choices.PossibleDuplicates;
            return Decide(row.Line, RowStatus.PossibleDuplicate, record, similar, similarReason, Changes(similar, record), action);
        }

        var created = index.AddNew();
        Apply(created, record);
        index.IndexKeys(created);
        return new PlannedRow(Preview(row.Line, RowStatus.New, record, null, null, []), RowAction.Create, record, created.Key);
    }

    private PlannedRow Decide(int line, RowStatus status, ContactRecord record, Candidate match, string reason, List<string> changes, RowChoice choice)
    {
        var preview = Preview(line, status, record, match, reason, changes);
        switch (choice)
        {
            case RowChoice.Skip:
                return new PlannedRow(preview, RowAction.Skip, null, 0);
            case RowChoice.KeepBoth:
                var created = index.AddNew();
                Apply(created, record);
                index.IndexKeys(created);
                return new PlannedRow(preview, RowAction.Create, record, created.Key);
            default:
                if (changes.Count == 0) return new PlannedRow(preview, RowAction.None, null, match.Key);
                Apply(match, record);
                index.IndexKeys(match);
                return new PlannedRow(preview, RowAction.Merge, record, match.Key);
        }
    }

    private static PlannedRow Ignored(int line, string reason, ContactRecord? record) =>
        new(new PreviewRow(line, RowStatus.Ignored, record?.DisplayName ?? "", record?.Organisation, FirstEmail(record), null, null, [], [], reason),
            RowAction.None, null, 0);

    private static PreviewRow Preview(int line, RowStatus status, ContactRecord r, Candidate? match, string? reason, List<string> changes) =>
        new(line, status, r.DisplayName, r.Organisation, FirstEmail(r),
            match is null ? null : new PersonRef(match.Key, match.DisplayName), reason, changes, [], null);

    private static string? FirstEmail(ContactRecord? r) => r?.Emails.Count > 0 ? r.Emails[0].Value : null;

    /// <summary>What merging the record into the candidate would add or fill in; empty when the file adds nothing.</summary>
    internal static List<string> Changes(Candidate c, ContactRecord r)
    {
        var changes = new List<string>();
        void Fill(string? current, string? incoming, string what)
        {
            if (string.IsNullOrWhiteSpace(current) && !string.IsNullOrWhiteSpace(incoming)) changes.Add($"fills {what}: {incoming}");
        }
        Fill(c.LastName, r.LastName, "last name");
        Fill(c.Nickname, r.Nickname, "nickname");
        Fill(c.Organisation, r.Organisation, "organisation");
        Fill(c.Department, r.Department, "department");
        Fill(c.JobTitle, r.JobTitle, "job title");
        Fill(c.Website, r.Website, "website");
        Fill(c.LinkedInUrl, r.LinkedInUrl, "LinkedIn address");
        if (c.MetOn is null && r.MetOn is { } met) changes.Add($"fills met on: {met:yyyy-MM-dd}");
        if (c.Birthday is null && r.Birthday is { } born) changes.Add($"fills birthday: {born:yyyy-MM-dd}");
        if (r.Notes is { } notes && !(c.Notes ?? "").Contains(notes, StringComparison.Ordinal)) changes.Add("adds notes");
        foreach (var e in r.Emails.Where(e => !c.Emails.Contains(PersonMatching.EmailKey(e.Value))))
            changes.Add($"adds e-mail {e.Value}");
        foreach (var p in r.Phones.Where(p => PersonMatching.PhoneKey(p.Value) is { } k && !c.Phones.Contains(k)))
            changes.Add($"adds phone {p.Value}");
        foreach (var t in r.Tags.Where(t => !c.Tags.Contains(Tag(t))))
            changes.Add($"adds tag {t}");
        foreach (var a in r.Addresses.Where(a => !c.Addresses.Contains(ImportIndex.AddressKey(a))))
            changes.Add("adds an address");
        if (!c.HasPhoto && r.Photo is not null) changes.Add("adds a photo");
        if (!c.HasExtras && r.Extras.Count > 0) changes.Add($"keeps {r.Extras.Count} other vCard properties");
        return changes;
    }

    /// <summary>Records on the candidate what a merge (or a creation) gives it, so later rows see it.</summary>
    internal static void Apply(Candidate c, ContactRecord r)
    {
        if (c.FirstName.Length == 0) c.FirstName = r.FirstName ?? "";
        c.LastName ??= r.LastName;
        c.Nickname ??= r.Nickname;
        c.Organisation ??= r.Organisation;
        c.Department ??= r.Department;
        c.JobTitle ??= r.JobTitle;
        c.Website ??= r.Website;
        c.LinkedInUrl ??= r.LinkedInUrl;
        c.MetOn ??= r.MetOn;
        c.Birthday ??= r.Birthday;
        c.Notes = MergeNotes(c.Notes, r.Notes);
        foreach (var e in r.Emails) c.Emails.Add(PersonMatching.EmailKey(e.Value));
        foreach (var p in r.Phones) if (PersonMatching.PhoneKey(p.Value) is { } k) c.Phones.Add(k);
        foreach (var t in r.Tags) c.Tags.Add(Tag(t));
        foreach (var a in r.Addresses) c.Addresses.Add(ImportIndex.AddressKey(a));
        c.HasPhoto |= r.Photo is not null;
        c.HasExtras |= r.Extras.Count > 0;
    }

    /// <summary>Notes the person already has stay; the file's notes are added below unless they are already there.</summary>
    internal static string? MergeNotes(string? current, string? incoming)
    {
        if (string.IsNullOrWhiteSpace(incoming)) return current;
        if (string.IsNullOrWhiteSpace(current)) return incoming;
        if (current.Contains(incoming, StringComparison.Ordinal)) return current;
        var merged = current + "\n\n" + incoming;
        return merged.Length > 20_000 ? current : merged;
    }

    private static string Tag(string name) => INamedRow.KeyOf(name);

    /// <summary>Trims the record, adds the import's tag, and checks it by the person form's rules; errors name the field.</summary>
    private ContactRecord? Clean(ContactRecord r, List<RowError> errors)
    {
        static string? C(string? s) => PeopleService.Clean(s);
        void Length(string field, string? value, int max)
        {
            if (value is not null && value.Length > max) errors.Add(new RowError(field, $"{value.Length:N0} characters; at most {max:N0} are allowed."));
        }

        var first = C(r.FirstName);
        var last = C(r.LastName);
        if (first is null && last is not null) (first, last) = (last, null);
        var emails = r.Emails.Select(e => new LabelledValue(e.Value.Trim(), Label(e.Label))).Where(e => e.Value.Length > 0)
            .DistinctBy(e => PersonMatching.EmailKey(e.Value)).ToList();
        var phones = r.Phones.Select(p => new LabelledValue(p.Value.Trim(), Label(p.Label))).Where(p => p.Value.Length > 0)
            .DistinctBy(p => p.Value).ToList();
        var tags = r.Tags.Append(options.Tag ?? "").Select(t => t.Trim()).Where(t => t.Length > 0).DistinctBy(Tag).ToList();
        var clean = r with
        {
            FirstName = first, LastName = last, Nickname = C(r.Nickname), Organisation = C(r.Organisation),
            Department = C(r.Department), JobTitle = C(r.JobTitle), Notes = C(r.Notes), Website = C(r.Website),
            LinkedInUrl = C(r.LinkedInUrl), Emails = emails, Phones = phones, Tags = tags,
            Addresses = r.Addresses.Select(CleanAddress).Where(a => a is not null).Select(a => a!).ToList(),
            Photo = options.KeepPhotos ? r.Photo : null,
            Extras = r.Extras.Where(x => !string.IsNullOrWhiteSpace(x)).ToList(),
        };

        Length("First name", clean.FirstName, 100);
        Length("Last name", clean.LastName, 100);
        Length("Nickname", clean.Nickname, 100);
        Length("Organisation", clean.Organisation, 200);
        Length("Department", clean.Department, 200);
        Length("Job title", clean.JobTitle, 200);
        Length("Notes", clean.Notes, 20_000);
        foreach (var e in emails.Where(e => !PeopleService.IsEmail(e.Value)))
            errors.Add(new RowError("E-mail", $"'{e.Value}' is not a valid e-mail address."));
        foreach (var p in phones.Where(p => !PeopleService.IsPhone(p.Value)))
            errors.Add(new RowError("Phone", $"'{p.Value}' is not a phone number; use digits, spaces and + ( ) - . only."));
        if (emails.Count > 20) errors.Add(new RowError("E-mail", $"{emails.Count} addresses; at most 20 per person."));
        if (phones.Count > 20) errors.Add(new RowError("Phone", $"{phones.Count} numbers; at most 20 per person."));
        if (tags.Count > 50) errors.Add(new RowError("Tags", $"{tags.Count} tags; at most 50 per person."));
        foreach (var t in tags.Where(t => t.Length > 60))
            errors.Add(new RowError("Tags", $"'{t[..20]}…' is longer than 60 characters."));
        if (clean.LinkedInUrl is { } li && !(PeopleService.IsWebUrl(li, out var liUri) && PeopleService.IsLinkedInHost(liUri.Host)))
            errors.Add(new RowError("LinkedIn URL", $"'{li}' is not a LinkedIn profile address."));
        Length("LinkedIn URL", clean.LinkedInUrl, 400);
        if (clean.Website is { } web && !PeopleService.IsWebUrl(web, out _))
            errors.Add(new RowError("Website", $"'{web}' is not a web address starting with http:// or https://."));
        Length("Website", clean.Website, 400);
        if (clean.MetOn > today) errors.Add(new RowError("Met on", $"{clean.MetOn:yyyy-MM-dd} is in the future."));
        if (clean.Birthday > today) errors.Add(new RowError("Birthday", $"{clean.Birthday:yyyy-MM-dd} is in the future."));
        if (clean.Addresses.Count > 10) errors.Add(new RowError("Address", $"{clean.Addresses.Count} addresses; at most 10 per person."));
        foreach (var a in clean.Addresses)
        {
            Length("Address", a.Street, 200);
            Length("Address", a.Extended, 200);
            Length("Address", a.PoBox, 100);
            Length("Address", a.Locality, 100);
            Length("Address", a.Region, 100);
            Length("Address", a.PostalCode, 40);
            Length("Address", a.Country, 100);
        }
        if (clean.Photo is { } photo && photo.Data.Length > Person.PhotoMaxBytes)
            errors.Add(new RowError("Photo", $"{photo.Data.Length / 1024:N0} KB; at most {Person.PhotoMaxBytes / 1024:N0} KB. Import without photos to leave it out."));
        if (clean.Extras.Sum(x => x.Length + 1) > Person.CardExtrasLength)
            errors.Add(new RowError("vCard", $"The card's other properties are longer than {Person.CardExtrasLength:N0} characters."));
        return clean;
    }

    private static ContactAddress? CleanAddress(ContactAddress a)
    {
        static string? C(string? s) => PeopleService.Clean(s);
        var clean = new ContactAddress(Label(a.Label), C(a.PoBox), C(a.Extended), C(a.Street), C(a.Locality), C(a.Region), C(a.PostalCode), C(a.Country));
        return clean with { Label = null } == new ContactAddress(null, null, null, null, null, null, null, null) ? null : clean;
    }

    private static string? Label(string? label)
    {
        var clean = PeopleService.Clean(label)?.ToLowerInvariant();
        return clean is { Length: > 40 } ? clean[..40] : clean;
    }
}
