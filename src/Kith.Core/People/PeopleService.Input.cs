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
        var expertise = CleanList(input.Expertise).DistinctBy(t => t.ToLowerInvariant()).ToList();
        for (var i = 0; i < expertise.Count; i++)
            CheckLength(errors, $"{nameof(input.Expertise)}[{i}]", expertise[i], 100);

        var metOn = InputParsing.Date(input.MetOn, nameof(input.MetOn), errors);
        if (metOn > today)
            errors.Add(nameof(input.MetOn), $"{metOn:yyyy-MM-dd} is in the future; enter the day you met.");

        var linkedIn = Clean(input.LinkedInUrl);
        if (linkedIn is not null && !(IsWebUrl(linkedIn, out var li) && li.Host.EndsWith("linkedin.com", StringComparison.OrdinalIgnoreCase)))
            errors.Add(nameof(input.LinkedInUrl), "Enter a LinkedIn profile address, e.g. https://www.linkedin.com/in/ana-lima.");
        var website = Clean(input.Website);
        if (website is not null && !IsWebUrl(website, out _))
            errors.Add(nameof(input.Website), "Enter a web address starting with http:// or https://.");

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

        // Walk up from the new boss; meeting this person again means the edge would close a cycle.
        var edges = await db.People.Where(p => p.ReportsToId != null)
            .Select(p => new { p.Id, Boss = p.ReportsToId!.Value }).ToDictionaryAsync(p => p.Id, p => p.Boss, ct);
        var current = bossId;
        for (var hop = 0; hop < MaxOrgChartDepth && edges.TryGetValue(current, out var next); hop++)
        {
            if (next == person.Id)
            {
                errors.Add(field, "That would make a loop in the org chart: the chosen manager already reports, directly or indirectly, to this person.");
                return;
            }
            current = next;
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

    private async Task SyncTagsAsync(Person person, List<string> names, CancellationToken ct)
    {
        var known = await LoadByNameAsync(db.Tags, t => t.Name, names, ct);
        person.Tags.RemoveAll(pt => !known.Values.Any(t => t.Id == pt.TagId));
        foreach (var name in names)
        {
            if (!known.TryGetValue(name.ToLowerInvariant(), out var tag))
                tag = new Tag { Name = name };
            if (tag.Id == 0 || person.Tags.All(pt => pt.TagId != tag.Id))
                person.Tags.Add(new PersonTag { Tag = tag });
        }
    }

    private async Task SyncExpertiseAsync(Person person, List<string> names, CancellationToken ct)
    {
        var known = await LoadByNameAsync(db.Areas, a => a.Name, names, ct);
        person.Expertise.RemoveAll(pe => !known.Values.Any(a => a.Id == pe.AreaId));
        foreach (var name in names)
        {
            if (!known.TryGetValue(name.ToLowerInvariant(), out var area))
                area = new Area { Name = name };
            if (area.Id == 0 || person.Expertise.All(pe => pe.AreaId != area.Id))
                person.Expertise.Add(new PersonExpertise { Area = area });
        }
    }

    /// <summary>Loads the named rows in one query, matching names case-insensitively.</summary>
    private static async Task<Dictionary<string, T>> LoadByNameAsync<T>(IQueryable<T> set, System.Linq.Expressions.Expression<Func<T, string>> name, List<string> names, CancellationToken ct)
        where T : class
    {
        if (names.Count == 0) return [];
        var lower = names.Select(n => n.ToLowerInvariant()).ToList();
        var param = name.Parameters[0];
        var body = System.Linq.Expressions.Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)],
            System.Linq.Expressions.Expression.Constant(lower),
            System.Linq.Expressions.Expression.Call(name.Body, nameof(string.ToLower), Type.EmptyTypes));
        var rows = await set.Where(System.Linq.Expressions.Expression.Lambda<Func<T, bool>>(body, param)).ToListAsync(ct);
        var get = name.Compile();
        return rows.GroupBy(r => get(r).ToLowerInvariant()).ToDictionary(g => g.Key, g => g.First());
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

    private static bool IsPhone(string s) =>
        s.Length <= 40 && s.Count(char.IsAsciiDigit) >= 3 && s.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '(' or ')' or '-' or '.');

    private static bool IsWebUrl(string s, out Uri uri) =>
        Uri.TryCreate(s, UriKind.Absolute, out uri!) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Contains('.', StringComparison.Ordinal);
}
