using Kith.Core.People;

namespace Kith.Core.Opportunities;

/// <summary>Kind: association, mixer, sports-league, committee, union-role, volunteering, other.</summary>
public sealed record OpportunityInput(
    string? Name,
    string? Kind = null,
    string? Role = null,
    string? MemberSince = null,
    string? Website = null,
    string? Notes = null,
    int? BuddyId = null);

/// <summary>StartsAt: local YYYY-MM-DDTHH:MM (or with an offset). BuddyId defaults to the opportunity's buddy.</summary>
public sealed record EventInput(string? Title, string? StartsAt, int? DurationMinutes = null, string? Location = null, int? BuddyId = null);

/// <summary>
/// Someone met: an existing person (PersonId) or a new one (NewPerson). A follow-up is created,
/// due on FollowUpOn (default two days after the event), unless NoFollowUp.
/// </summary>
public sealed record MetInput(int? PersonId = null, PersonInput? NewPerson = null, string? FollowUpOn = null, string? FollowUp = null, bool NoFollowUp = false);

public sealed record OpportunitySummary(
    int Id,
    string Name,
    OpportunityKind Kind,
    string? Role,
    PersonRef? Buddy,
    DateTimeOffset? NextEventAt,
    int EventsAttended,
    int PeopleMet);

public sealed record EventView(
    int Id,
    int OpportunityId,
    string OpportunityName,
    string Title,
    DateTimeOffset StartsAt,
    int DurationMinutes,
    string? Location,
    bool? Attended,
    PersonRef? Buddy,
    IReadOnlyList<PersonRef> PeopleMet);

public sealed record OpportunityDetail(
    int Id,
    string Name,
    OpportunityKind Kind,
    string? Role,
    DateOnly? MemberSince,
    string? Website,
    string? Notes,
    PersonRef? Buddy,
    IReadOnlyList<EventView> Events);

/// <summary>The connector, and the person (by id) or people (by description) to meet.</summary>
public sealed record IntroductionInput(int? ConnectorId, int? TargetId = null, string? TargetDescription = null, string? Reason = null);

/// <summary>Status: asked, introduced or met, with the day (default today). On met, the person met (existing or new).</summary>
public sealed record IntroductionStepInput(string? Status, string? On = null, MetInput? Met = null);

public sealed record IntroductionView(
    int Id,
    PersonRef Connector,
    PersonRef? Target,
    string? TargetDescription,
    string? Reason,
    IntroductionStatus Status,
    DateOnly? AskedOn,
    DateOnly? IntroducedOn,
    DateOnly? MetOn,
    /// <summary>"Ana Lima", or "someone in Treasury".</summary>
    string Whom);
