using Kith.Core.Accounts;
using Kith.Core.People;

namespace Kith.Core.Opportunities;

/// <summary>The kinds of place the brief names for meeting people.</summary>
public enum OpportunityKind
{
    Association = 0,
    Mixer = 1,
    SportsLeague = 2,
    Committee = 3,
    UnionRole = 4,
    Volunteering = 5,
    Other = 6,
}

/// <summary>A place to meet people: a professional association, a league, a committee…, with my membership and role.</summary>
public sealed class Opportunity : IAccountScoped
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public required string Name { get; set; }
    public OpportunityKind Kind { get; set; }
    /// <summary>"member", "treasurer", "shop steward"; null while I only go along.</summary>
    public string? Role { get; set; }
    public DateOnly? MemberSince { get; set; }
    public string? Website { get; set; }
    public string? Notes { get; set; }
    /// <summary>A more outgoing colleague who comes along and introduces me.</summary>
    public int? BuddyId { get; set; }
    public Person? Buddy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public List<OpportunityEvent> Events { get; set; } = [];
}

/// <summary>One event of an opportunity: a mixer, a match, a committee meeting.</summary>
public sealed class OpportunityEvent : IAccountScoped
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public int OpportunityId { get; set; }
    public Opportunity Opportunity { get; set; } = null!;
    public required string Title { get; set; }
    public DateTime StartsAt { get; set; }
    public int DurationMinutes { get; set; } = 120;
    public string? Location { get; set; }
    /// <summary>Null until the day has passed and I say whether I went.</summary>
    public bool? Attended { get; set; }
    public int? BuddyId { get; set; }
    public Person? Buddy { get; set; }
    public DateTime CreatedAt { get; set; }

    public List<EventContact> PeopleMet { get; set; } = [];
}

/// <summary>Someone I met at an event.</summary>
public sealed class EventContact : IAccountScoped
{
    public int AccountId { get; set; }
    public int EventId { get; set; }
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    public int? InteractionId { get; set; }
    public int? FollowUpId { get; set; }
}
