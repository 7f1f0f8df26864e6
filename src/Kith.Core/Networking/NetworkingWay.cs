using Kith.Core.Accounts;

namespace Kith.Core.Networking;

/// <summary>Ways to meet people, from the "choose how to network" exercise.</summary>
public enum NetworkingWay
{
    WeeklyLunch = 0,
    ProfessionalAssociation = 1,
    SportsLeague = 2,
    VolunteerCommittee = 3,
    UnionRole = 4,
    OutgoingBuddy = 5,
    Introduction = 6,
}

/// <summary>A way of networking that appeals to me.</summary>
public sealed class NetworkingInterest : IAccountScoped
{
    public int AccountId { get; set; }
    public NetworkingWay Way { get; set; }
    public DateTime ChosenAt { get; set; }
}

/// <summary>A concrete step I committed to, with a date: "go to the PMI chapter mixer on 3 Dec".</summary>
public sealed class NetworkingCommitment : IAccountScoped
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public NetworkingWay Way { get; set; }
    public required string Description { get; set; }
    public DateOnly DueOn { get; set; }
    public DateTime? DoneAt { get; set; }
    public DateTime CreatedAt { get; set; }
}
