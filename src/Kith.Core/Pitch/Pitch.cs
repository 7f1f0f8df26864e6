using Kith.Core.Accounts;

namespace Kith.Core.Pitch;

/// <summary>Whom a version of my introduction is for.</summary>
public enum PitchAudience
{
    /// <summary>"What I do now", for a colleague in the lift or at lunch.</summary>
    Everyday = 0,
    /// <summary>At a mixer or conference.</summary>
    Event = 1,
    JobSearch = 2,
}

/// <summary>My ready introduction for one audience, planned and practised.</summary>
public sealed class PitchVersion : IAccountScoped
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public PitchAudience Audience { get; set; }
    public required string Text { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public List<PitchPractice> Practices { get; set; } = [];
}

/// <summary>One time I practised a pitch out loud: how long it took, how it went.</summary>
public sealed class PitchPractice : IAccountScoped
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public int PitchId { get; set; }
    public DateOnly PractisedOn { get; set; }
    public int DurationSeconds { get; set; }
    /// <summary>1 (rough) to 5 (smooth).</summary>
    public int Rating { get; set; }
    public string? Notes { get; set; }
    public DateTime CreatedAt { get; set; }
}
