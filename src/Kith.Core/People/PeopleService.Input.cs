using System.Net.Mail;
using Kith.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.People;

/// <summary>Checking a <see cref="PersonInput"/> and copying it onto a person.</summary>
public sealed partial class PeopleService
{
    private const int MaxOrgChartDepth = 64;

    private async Task ApplyAsync(Person person, PersonInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var zone = await clock.ZoneAsync(ct);
        var today = await clock.TodayAsync(ct);

        var firstName = Clean(input.FirstName);
        if (firstName is null)
            errors.Add(nameof(input.FirstName), "Enter a first name.");
        CheckLength(errors, nameof(input.FirstName), firstName, 100);
        CheckLength(errors, nameof(input.LastName), input.LastName, 100);
        CheckLength(errors, nameof(input.Nickname), input.Nickname, 100);
        CheckLength(errors, nameof(input.Organisation), input.Organisation, 200);
        CheckLength(errors, nameof(input.Department), input.Department, 200);
        CheckLength(errors, nameof(input.JobTitle), input.JobTitle, 200);
        CheckLength(errors, nameof(input.HowWeMet), input.HowWeMet, 2_000);
        CheckLength(errors, nameof(input.Notes), input.Notes, 20_000);

        var emails = CleanList(input.Emails);
        for (var i = 0; i < emails.Count; i++)
        {
            if (!IsEmail(emails[i]))
                errors.Add($"{nameof(input.Emails)}[{i}]", $"'{emails[i]}' is not a valid e-mail address.");
        }
        var phones = CleanList(input.Phones);
        for (var i = 0; i < phones.Count; i++)
        {
            if (!IsPhone(phones[i]))
                errors.Add($"{nameof(input.Phones)}[{i}]", $"'{phones[i]}' is not a phone number; use digits, spaces and + ( ) - . only.");
        }

        CheckCount(errors, nameof(input.Emails), emails, 20);
        CheckCount(errors, nameof(input.Phones), phones, 20);

        var level = RelativeLevel.Unknown;
        if (Clean(input.Level) is { } levelText && !Vocabulary.TryParse(levelText, out level))
            errors.Add(nameof(input.Level), $"Unknown level '{levelText}'. Use one of: {Vocabulary.Choices<RelativeLevel>()}.");
        var employer = EmployerRelation.Unknown;
        if (Clean(input.Employer) is { } employerText && !Vocabulary.TryParse(employerText, out employer))
            errors.Add(nameof(input.Employer), $"Unknown employer relation '{employerText}'. Use inside or outside.");

        var roles = PersonRoles.None;
        var roleTexts = CleanList(input.Roles);
        for (var i = 0; i < roleTexts.Count; i++)
        {
            if (Vocabulary.TryParse<PersonRoles>(roleTexts[i], out var role) && role != PersonRoles.None)
                roles |= role;
            else
                errors.Add($"{nameof(input.Roles)}[{i}]", $"Unknown role '{roleTexts[i]}'. Use one of: {Vocabulary.Choices<PersonRoles>()}.");
        }

        var tags = CleanList(input.Tags).DistinctBy(t => t.ToLowerInvariant()).ToList();
        for (var i = 0; i < tags.Count; i++)
            CheckLength(errors, $"{nameof(input.Tags)}[{i}]", tags[i], 60);
        CheckCount(errors, nameof(input.Tags), tags, 50);
        var expertise = CleanList(input.Expertise).DistinctBy(t => t.ToLowerInvariant()).ToList();
        CheckCount(errors, nameof(input.Expertise), expertise, 50);
        for (var i = 0; i < expertise.Count; i++)
            CheckLength(errors, $"{nameof(input.Expertise)}[{i}]", expertise[i], 100);

        var metOn = InputParsing.Date(input.MetOn, nameof(input.MetOn), errors);
        if (metOn > today)
            errors.Add(nameof(input.MetOn), $"{metOn:yyyy-MM-dd} is in the future; enter the day you met.");

        var linkedIn = Clean(input.LinkedInUrl);
        if (linkedIn is not null && !(IsWebUrl(linkedIn, out var li) && IsLinkedInHost(li.Host)))
            errors.Add(nameof(input.LinkedInUrl), "Enter a LinkedIn profile address, e.g. https://www.linkedin.com/in/ana-lima.");
        CheckLength(errors, nameof(input.LinkedInUrl), linkedIn, 400);
        var website = Clean(input.Website);
        CheckLength(errors, nameof(input.Website), website, 400);
        if (website is not null && !IsWebUrl(website, out _))
            errors.Add(nameof(input.Website), "Enter a web address starting with http:// or https://.");

        var birthday = InputParsing.Date(input.Birthday, nameof(input.Birthday), errors);
        if (birthday > today)
            errors.Add(nameof(input.Birthday), $"{birthday:yyyy-MM-dd} is in the future; enter the day they were born.");

        var addresses = input.Addresses?.Select(CleanAddress).Where(a => a is not null).Select(a => a!).ToList();
        if (addresses is not null)
        {
            CheckCount(errors, nameof(input.Addresses), addresses, 10);
            for (var i = 0; i < addresses.Count; i++)
                CheckAddress(errors, $"{nameof(input.Addresses)}[{i}]", addresses[i]);
        }

        if (input.ReportsToId is { } bossId)
            await CheckReportsToAsync(person, bossId, errors, ct);

        errors.ThrowIfAny();

        person.FirstName = firstName!;
        person.LastName = Clean(input.LastName);
        person.Nickname = Clean(input.Nickname);
        person.Organisation = Clean(input.Organisation);
        person.Department = Clean(input.Department);
        person.JobTitle = Clean(input.JobTitle);
        person.Level = level;
        person.Employer = employer;
        person.Roles = roles;
        person.HowWeMet = Clean(input.HowWeMet);
        person.MetOn = metOn;
        person.LinkedInUrl = linkedIn;
        person.Website = website;
        person.Notes = Clean(input.Notes);
        person.ReportsToId = input.ReportsToId;
        person.Birthday = birthday;
        if (addresses is not null) SyncAddresses(person, addresses);
        person.UpdatedAt = clock.UtcNow;

        SyncEmails(person, emails);
        SyncPhones(person, phones);
        await SyncTagsAsync(person, tags, ct);
        await SyncExpertiseAsync(person, expertise, ct);
        person.RefreshSearchText();
        person.RecomputeNextDue(zone);
    }

    /// <summary>Refuses an org-chart edge that points at the person or closes a loop.</summary>
    private async Task CheckReportsToAsync(Person person, int bossId, ValidationErrors errors, CancellationToken ct)
    {
        const string field = nameof(PersonInput.ReportsToId);
        if (person.Id != 0 && bossId == person.Id)
        {
            errors.Add(field, "A person cannot report to themselves.");
            return;
        }
        if (!await db.People.AnyAsync(p => p.Id == bossId, ct))
        {
            errors.Add(field, $"There is no person with id {bossId}.");
            return;
        }
        if (person.Id == 0) return;

        // Walk up from the new boss, one indexed lookup a level; meeting this person again means a loop.
        int? current = bossId;
        for (var hop = 0; hop < MaxOrgChartDepth && current is { } at; hop++)
        {
            current = await db.People.Where(p => p.Id == at).Select(p => p.ReportsToId).FirstOrDefaultAsync(ct);
            if (current == person.Id)
            {
                errors.Add(field, "That would make a loop in the org chart: the chosen manager already reports, directly or indirectly, to this person.");
                return;
            }
        }
    }

    private static void SyncEmails(Person person, List<string> emails)
    {
        person.Emails.RemoveAll(e => !emails.Contains(e.Address, StringComparer.OrdinalIgnoreCase));
        foreach (var address in emails.Where(a => !person.Emails.Any(e => e.Address.Equals(a, StringComparison.OrdinalIgnoreCase))))
            person.Emails.Add(new PersonEmail { Address = address });
    }

    private static void SyncPhones(Person person, List<string> phones)
    {
        person.Phones.RemoveAll(e => !phones.Contains(e.Number));
        foreach (var number in phones.Where(n => !person.Phones.Any(e => e.Number == n)))
            person.Phones.Add(new PersonPhone { Number = number });
    }

    private static AddressInput? CleanAddress(AddressInput a)
    {
        var clean = new AddressInput
        {
            Label = Clean(a.Label), PoBox = Clean(a.PoBox), Extended = Clean(a.Extended), Street = Clean(a.Street),
            Locality = Clean(a.Locality), Region = Clean(a.Region), PostalCode = Clean(a.PostalCode), Country = Clean(a.Country),
        };
        return clean with { Label = null } == new AddressInput() ? null : clean;
    }

    private static void CheckAddress(ValidationErrors errors, string field, AddressInput a)
    {
        CheckLength(errors, $"{field}.{nameof(a.Label)}", a.Label, 40);
        CheckLength(errors, $"{field}.{nameof(a.PoBox)}", a.PoBox, 100);
        CheckLength(errors, $"{field}.{nameof(a.Extended)}", a.Extended, 200);
        CheckLength(errors, $"{field}.{nameof(a.Street)}", a.Street, 200);
        CheckLength(errors, $"{field}.{nameof(a.Locality)}", a.Locality, 100);
        CheckLength(errors, $"{field}.{nameof(a.Region)}", a.Region, 100);
        CheckLength(errors, $"{field}.{nameof(a.PostalCode)}", a.PostalCode, 40);
        CheckLength(errors, $"{field}.{nameof(a.Country)}", a.Country, 100);
    }

    private static void SyncAddresses(Person person, List<AddressInput> addresses)
    {
        person.Addresses.Clear();
        foreach (var a in addresses)
        {
            person.Addresses.Add(new PersonAddress
            {
                Label = a.Label, PoBox = a.PoBox, Extended = a.Extended, Street = a.Street,
                Locality = a.Locality, Region = a.Region, PostalCode = a.PostalCode, Country = a.Country,
            });
        }
    }

    private async Task SyncTagsAsync(Person person, List<string> names, CancellationToken ct)
    {
        var rows = await NamedRows.FindOrCreateAsync(db.Tags, names, name => new Tag { Name = name }, ct);
        NamedRows.SyncLinks(person.Tags, rows, link => link.TagId, tag => new PersonTag { Tag = tag });
    }

    private async Task SyncExpertiseAsync(Person person, List<string> names, CancellationToken ct)
    {
        var rows = await NamedRows.FindOrCreateAsync(db.Areas, names, name => new Area { Name = name }, ct);
        NamedRows.SyncLinks(person.Expertise, rows, link => link.AreaId, area => new PersonExpertise { Area = area });
    }

    internal static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static List<string> CleanList(IReadOnlyList<string>? items) =>
        items?.Select(Clean).Where(s => s is not null).Select(s => s!).ToList() ?? [];

    private static void CheckLength(ValidationErrors errors, string field, string? value, int max)
    {
        if (value is not null && value.Trim().Length > max)
            errors.Add(field, $"Keep this under {max} characters (it has {value.Trim().Length}).");
    }

    internal static bool IsEmail(string s) =>
        s.Length <= 320 && !s.Contains(' ', StringComparison.Ordinal) && s.IndexOf('@', StringComparison.Ordinal) is > 0 and var at
        && s.IndexOf('.', at) > at + 1 && !s.EndsWith('.') && MailAddress.TryCreate(s, out var m) && m.Address == s;

    internal static bool IsPhone(string s) =>
        s.Length <= 40 && s.Count(char.IsAsciiDigit) >= 3 && s.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '(' or ')' or '-' or '.');

    internal static bool IsLinkedInHost(string host) =>
        host.Equals("linkedin.com", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".linkedin.com", StringComparison.OrdinalIgnoreCase);

    private static void CheckCount<T>(ValidationErrors errors, string field, List<T> items, int max)
    {
        if (items.Count > max)
            errors.Add(field, $"At most {max} per person (there are {items.Count}).");
    }

    internal static bool IsWebUrl(string s, out Uri uri) =>
        Uri.TryCreate(s, UriKind.Absolute, out uri!) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Contains('.', StringComparison.Ordinal);
}
