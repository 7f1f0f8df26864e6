namespace Kith.Core.People;

/// <summary>
/// What a user fills in for a person. Enums and dates arrive as text so that every mistake gets a
/// field-level message from one place, whichever door (page, API, CLI) it came through.
/// </summary>
public sealed record PersonInput
{
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? Nickname { get; init; }
    public IReadOnlyList<string>? Emails { get; init; }
    public IReadOnlyList<string>? Phones { get; init; }
    public string? Organisation { get; init; }
    public string? Department { get; init; }
    public string? JobTitle { get; init; }
    /// <summary>more-senior, peer, more-junior, or empty for unknown.</summary>
    public string? Level { get; init; }
    /// <summary>inside, outside, or empty for unknown.</summary>
    public string? Employer { get; init; }
    /// <summary>mentor, colleague, customer, vendor, management, former-colleague, industry-peer, friend.</summary>
    public IReadOnlyList<string>? Roles { get; init; }
    public IReadOnlyList<string>? Tags { get; init; }
    public IReadOnlyList<string>? Expertise { get; init; }
    public string? HowWeMet { get; init; }
    /// <summary>YYYY-MM-DD.</summary>
    public string? MetOn { get; init; }
    public string? LinkedInUrl { get; init; }
    public string? Website { get; init; }
    public string? Notes { get; init; }
    public int? ReportsToId { get; init; }
    /// <summary>YYYY-MM-DD.</summary>
    public string? Birthday { get; init; }
    /// <summary>Postal addresses. Unlike the other lists, null leaves the person's addresses as they are, so a form without them loses nothing.</summary>
    public IReadOnlyList<AddressInput>? Addresses { get; init; }
}

/// <summary>A postal address as entered; every part optional, at least one given.</summary>
public sealed record AddressInput
{
    public string? Label { get; init; }
    public string? PoBox { get; init; }
    public string? Extended { get; init; }
    public string? Street { get; init; }
    public string? Locality { get; init; }
    public string? Region { get; init; }
    public string? PostalCode { get; init; }
    public string? Country { get; init; }
}
