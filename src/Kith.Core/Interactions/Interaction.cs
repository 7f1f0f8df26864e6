using Kith.Core.Accounts;
using Kith.Core.People;

namespace Kith.Core.Interactions;

public enum InteractionKind
{
    Other = 0,
    Lunch = 1,
    Coffee = 2,
    Call = 3,
    Email = 4,
    Message = 5,
    Meeting = 6,
    Event = 7,
}

/// <summary>Whether I gave something (help, a share, congratulations, an introduction), asked for something, or neither.</summary>
public enum Exchange
{
    Neither = 0,
    Gave = 1,
    Asked = 2,
}

/// <summary>Something I did with one or more people.</summary>
public sealed class Interaction : IAccountScoped
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public DateTime OccurredAt { get; set; }
    public InteractionKind Kind { get; set; }
    public required string Summary { get; set; }
    public string? Notes { get; set; }
    public Exchange Exchange { get; set; }
    public DateTime CreatedAt { get; set; }
    public List<InteractionParticipant> Participants { get; set; } = [];
}

public sealed class InteractionParticipant : IAccountScoped
{
    public int AccountId { get; set; }
    public int InteractionId { get; set; }
    public int PersonId { get; set; }

    /// <summary>Copied from the interaction so a person's timeline is one index range scan.</summary>
    public DateTime OccurredAt { get; set; }

    public Interaction Interaction { get; set; } = null!;
    public Person Person { get; set; } = null!;
}
