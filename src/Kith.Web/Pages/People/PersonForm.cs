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

    public PersonInput ToInput() => new()
    {
        FirstName = FirstName, LastName = LastName, Nickname = Nickname,
        Emails = Split(Emails), Phones = Split(Phones),
        Organisation = Organisation, Department = Department, JobTitle = JobTitle,
        Level = Level, Employer = Employer, Roles = Roles ?? [],
        Tags = Split(Tags), Expertise = Split(Expertise),
        HowWeMet = HowWeMet, MetOn = MetOn, LinkedInUrl = LinkedInUrl, Website = Website, Notes = Notes,
        ReportsToId = ReportsToId,
    };

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
    };

    /// <summary>"a, b\nc" → [a, b, c]. Phone numbers never contain commas, so commas are safe separators.</summary>
    internal static List<string> Split(string? text) =>
        (text ?? "").Split([',', '\n', '\r', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
