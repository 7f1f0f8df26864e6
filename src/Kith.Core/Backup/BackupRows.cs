using Kith.Core.Interactions;
using Kith.Core.KeepInTouch;
using Kith.Core.People;

namespace Kith.Core.Backup;

// One record per table, named after its entity and holding the same columns under the same names
// (the guard test holds them to that). Ids are document-local: 1..n in id order per table, and every
// reference uses them. Nothing here is an EF entity; the writer and the restorer map explicitly.

/// <summary>The account's settings.</summary>
internal sealed record AccountRow
{
    public required string TimeZoneId { get; init; }
}

internal sealed record TagRow
{
    public required int Id { get; init; }
    public required string Name { get; init; }
}

internal sealed record AreaRow
{
    public required int Id { get; init; }
    public required string Name { get; init; }
}

internal sealed record PersonRow
{
    public required int Id { get; init; }
    public required bool IsMe { get; init; }
    public required string FirstName { get; init; }
    public string? LastName { get; init; }
    public string? Nickname { get; init; }
    public string? Organisation { get; init; }
    public string? Department { get; init; }
    public string? JobTitle { get; init; }
    public required RelativeLevel Level { get; init; }
    public required EmployerRelation Employer { get; init; }
    /// <summary>Each role as its own word; absent when none.</summary>
    public List<PersonRoles>? Roles { get; init; }
    public string? HowWeMet { get; init; }
    public DateOnly? MetOn { get; init; }
    public string? LinkedInUrl { get; init; }
    public string? Website { get; init; }
    public string? Notes { get; init; }
    public DateOnly? Birthday { get; init; }
    /// <summary>Base64.</summary>
    public byte[]? Photo { get; init; }
    public string? PhotoMediaType { get; init; }
    public string? CardExtras { get; init; }
    public int? ReportsToId { get; init; }
    public int? CadenceEvery { get; init; }
    public int? CadenceMax { get; init; }
    public required CadenceUnit CadenceUnit { get; init; }
    public DateOnly? SnoozedUntil { get; init; }
    public DateTime? LastInteractionAt { get; init; }
    public DateOnly? NextDueOn { get; init; }
    public DateOnly? OverdueOn { get; init; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }
}

internal sealed record PersonEmailRow
{
    public required int Id { get; init; }
    public required int PersonId { get; init; }
    public required string Address { get; init; }
    public string? Label { get; init; }
}

internal sealed record PersonPhoneRow
{
    public required int Id { get; init; }
    public required int PersonId { get; init; }
    public required string Number { get; init; }
    public string? Label { get; init; }
}

internal sealed record PersonAddressRow
{
    public required int Id { get; init; }
    public required int PersonId { get; init; }
    public string? Label { get; init; }
    public string? PoBox { get; init; }
    public string? Extended { get; init; }
    public string? Street { get; init; }
    public string? Locality { get; init; }
    public string? Region { get; init; }
    public string? PostalCode { get; init; }
    public string? Country { get; init; }
}

internal sealed record PersonTagRow
{
    public required int PersonId { get; init; }
    public required int TagId { get; init; }
}

internal sealed record PersonExpertiseRow
{
    public required int PersonId { get; init; }
    public required int AreaId { get; init; }
}

internal sealed record InteractionRow
{
    public required int Id { get; init; }
    public required DateTime OccurredAt { get; init; }
    public required InteractionKind Kind { get; init; }
    public required string Summary { get; init; }
    public string? Notes { get; init; }
    public required Exchange Exchange { get; init; }
    public required DateTime CreatedAt { get; init; }
}

internal sealed record InteractionParticipantRow
{
    public required int InteractionId { get; init; }
    public required int PersonId { get; init; }
}

internal sealed record FollowUpRow
{
    public required int Id { get; init; }
    public required int PersonId { get; init; }
    public required string Description { get; init; }
    public required DateOnly DueOn { get; init; }
    public DateTime? DoneAt { get; init; }
    public required DateTime CreatedAt { get; init; }
}
