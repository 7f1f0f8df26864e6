using Kith.Core.Common;
using Kith.Core.People;

namespace Kith.Web.Pages.People;

/// <summary>
/// The add/edit form as the browser posts it. Lists (e-mails, tags…) are typed into one box,
/// separated by commas or new lines; every rule is checked by <see cref="PeopleService"/>.
/// </summary>
public sealed class PersonForm
{
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Nickname { get; set; }
    public string? Emails { get; set; }
    public string? Phones { get; set; }
    public string? Organisation { get; set; }
    public string? Department { get; set; }
    public string? JobTitle { get; set; }
    public string? Level { get; set; }
    public string? Employer { get; set; }
    public List<string>? Roles { get; set; }
    public string? Tags { get; set; }
    public string? Expertise { get; set; }
    public string? HowWeMet { get; set; }
    public string? MetOn { get; set; }
    public string? LinkedInUrl { get; set; }
    public string? Website { get; set; }
    public string? Notes { get; set; }
    public int? ReportsToId { get; set; }
    public string? Birthday { get; set; }
    /// <summary>The address rows as posted, blank ones included; null when a form has no address fields, which keeps the person's addresses.</summary>
    public List<AddressForm>? Addresses { get; set; }

    public PersonInput ToInput() => new()
    {
        FirstName = FirstName, LastName = LastName, Nickname = Nickname,
        Emails = Split(Emails), Phones = Split(Phones),
        Organisation = Organisation, Department = Department, JobTitle = JobTitle,
        Level = Level, Employer = Employer, Roles = Roles ?? [],
        Tags = Split(Tags), Expertise = Split(Expertise),
        HowWeMet = HowWeMet, MetOn = MetOn, LinkedInUrl = LinkedInUrl, Website = Website, Notes = Notes,
        ReportsToId = ReportsToId, Birthday = Birthday,
        Addresses = Addresses?.Where(a => !a.IsBlank).Select(a => a.ToInput()).ToList(),
    };

    /// <summary>
    /// The form row of the <paramref name="index"/>th address sent to the core (blank rows are not sent),
    /// so a message about "Addresses[1]" lands next to the row the user typed it in.
    /// </summary>
    public int AddressRow(int index)
    {
        var rows = Addresses ?? [];
        for (int row = 0, sent = 0; row < rows.Count; row++)
        {
            if (rows[row].IsBlank) continue;
            if (sent++ == index) return row;
        }
        return index;
    }

    /// <summary>Existing addresses, then one empty row for a new one (up to the ten the core allows).</summary>
    public PersonForm WithEmptyAddressRow()
    {
        Addresses ??= [];
        if (Addresses.Count < MaxAddresses && Addresses.All(a => !a.IsBlank)) Addresses.Add(new AddressForm());
        return this;
    }

    public const int MaxAddresses = 10;

    public static PersonForm From(PersonDetail p) => new()
    {
        FirstName = p.FirstName, LastName = p.LastName, Nickname = p.Nickname,
        Emails = string.Join(", ", p.Emails), Phones = string.Join(", ", p.Phones),
        Organisation = p.Organisation, Department = p.Department, JobTitle = p.JobTitle,
        Level = p.Level == RelativeLevel.Unknown ? null : Vocabulary.Token(p.Level),
        Employer = p.Employer == EmployerRelation.Unknown ? null : Vocabulary.Token(p.Employer),
        Roles = p.Roles.Select(r => Vocabulary.Token(r)).ToList(),
        Tags = string.Join(", ", p.Tags), Expertise = string.Join(", ", p.Expertise),
        HowWeMet = p.HowWeMet, MetOn = p.MetOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        LinkedInUrl = p.LinkedInUrl, Website = p.Website, Notes = p.Notes,
        ReportsToId = p.ReportsTo?.Id,
        Birthday = p.Birthday?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Addresses = (p.Addresses ?? []).Select(AddressForm.From).ToList(),
    };

    /// <summary>"a, b\nc" → [a, b, c]. Phone numbers never contain commas, so commas are safe separators.</summary>
    internal static List<string> Split(string? text) =>
        (text ?? "").Split([',', '\n', '\r', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}

/// <summary>One address row of the person form; every part optional, as on a vCard.</summary>
public sealed class AddressForm
{
    public string? Label { get; set; }
    public string? Street { get; set; }
    public string? Extended { get; set; }
    public string? PoBox { get; set; }
    public string? Locality { get; set; }
    public string? Region { get; set; }
    public string? PostalCode { get; set; }
    public string? Country { get; set; }

    /// <summary>Nothing but perhaps a label: the core ignores such a row, and so does the form.</summary>
    public bool IsBlank => new[] { Street, Extended, PoBox, Locality, Region, PostalCode, Country }.All(string.IsNullOrWhiteSpace);

    public AddressInput ToInput() => new()
    {
        Label = Label, Street = Street, Extended = Extended, PoBox = PoBox,
        Locality = Locality, Region = Region, PostalCode = PostalCode, Country = Country,
    };

    public static AddressForm From(AddressView a) => new()
    {
        Label = a.Label, Street = a.Street, Extended = a.Extended, PoBox = a.PoBox,
        Locality = a.Locality, Region = a.Region, PostalCode = a.PostalCode, Country = a.Country,
    };
}
