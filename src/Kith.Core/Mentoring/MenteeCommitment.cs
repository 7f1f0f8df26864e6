using Kith.Core.Accounts;

namespace Kith.Core.Mentoring;

public enum CommitmentKind
{
    /// <summary>Something my mentor asked of me.</summary>
    Request = 0,
    /// <summary>Something I said I would do.</summary>
    Commitment = 1,
}

/// <summary>Being a good mentee: what was asked or promised, by when, and when I did it.</summary>
public sealed class MenteeCommitment : IAccountScoped
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public int MentorshipId { get; set; }
    public Mentorship Mentorship { get; set; } = null!;
    public CommitmentKind Kind { get; set; }
    public required string Description { get; set; }
    public DateOnly AskedOn { get; set; }
    public DateOnly? DueOn { get; set; }
    public DateOnly? DoneOn { get; set; }
    public DateTime CreatedAt { get; set; }
}
