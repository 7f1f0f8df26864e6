using Kith.Core.KeepInTouch;

namespace Kith.Core.People;

/// <summary>A row of the people list.</summary>
public sealed record PersonSummary(
    int Id,
    string DisplayName,
    string? Organisation,
    string? Department,
    string? JobTitle,
    IReadOnlyList<PersonRoles> Roles,
    RelativeLevel Level,
    EmployerRelation Employer,
    IReadOnlyList<string> Tags,
    DateTime? LastInteractionAt,
    DateOnly? NextDueOn,
    bool IsOverdue);

/// <summary>A reference to a person: enough to name and link them.</summary>
public sealed record PersonRef(int Id, string DisplayName);

/// <summary>A person as a picker offers them: the name and, to tell namesakes apart, their title and organisation.</summary>
public sealed record PersonPick(int Id, string DisplayName, string? About);

/// <summary>Everything about one person, for the person page and the API.</summary>
public sealed record PersonDetail(
    int Id,
    string FirstName,
    string? LastName,
    string? Nickname,
    string DisplayName,
    bool IsMe,
    IReadOnlyList<string> Emails,
    IReadOnlyList<string> Phones,
    string? Organisation,
    string? Department,
    string? JobTitle,
    RelativeLevel Level,
    EmployerRelation Employer,
    IReadOnlyList<PersonRoles> Roles,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Expertise,
    string? HowWeMet,
    DateOnly? MetOn,
    string? LinkedInUrl,
    string? Website,
    string? Notes,
    PersonRef? ReportsTo,
    CadenceView? Cadence,
    DateOnly? SnoozedUntil,
    DateTime? LastInteractionAt,
    DateOnly? NextDueOn,
    DateOnly? OverdueOn,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateOnly? Birthday = null,
    IReadOnlyList<AddressView>? Addresses = null,
    bool HasPhoto = false);

/// <summary>A postal address, in parts and on one line.</summary>
public sealed record AddressView(
    string? Label, string? PoBox, string? Extended, string? Street, string? Locality, string? Region,
    string? PostalCode, string? Country, string OneLine)
{
    internal static AddressView From(PersonAddress a) =>
        new(a.Label, a.PoBox, a.Extended, a.Street, a.Locality, a.Region, a.PostalCode, a.Country, a.OneLine);
}

/// <summary>Filters for the people list; every one is optional.</summary>
public sealed record PeopleQuery
{
    public string? Search { get; init; }
    public string? Role { get; init; }
    public string? Department { get; init; }
    public string? Level { get; init; }
    public string? Employer { get; init; }
    public string? Tag { get; init; }
    /// <summary>Only people whose maximum keep-in-touch interval has run out.</summary>
    public bool Overdue { get; init; }
    public int? Page { get; init; }
    public int? PageSize { get; init; }
}
