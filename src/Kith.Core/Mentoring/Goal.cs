using Kith.Core.Accounts;
using Kith.Core.People;

namespace Kith.Core.Mentoring;

/// <summary>How far ahead a goal looks: the exercise asks for one-year, two-year and longer-term goals.</summary>
public enum GoalHorizon
{
    OneYear = 0,
    TwoYears = 1,
    LongTerm = 2,
}

public enum GoalStatus
{
    Active = 0,
    Achieved = 1,
    Dropped = 2,
}

/// <summary>Something I want to reach, and the areas where a mentor would help me get there.</summary>
public sealed class Goal : IAccountScoped
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public GoalHorizon Horizon { get; set; }
    public DateOnly? TargetOn { get; set; }
    public GoalStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public List<GoalArea> Areas { get; set; } = [];
    public List<GoalNote> Notes { get; set; } = [];
}

/// <summary>An area where mentoring would help with a goal; areas are shared with people's expertise.</summary>
public sealed class GoalArea : IAccountScoped
{
    public int AccountId { get; set; }
    public int GoalId { get; set; }
    public int AreaId { get; set; }
    public Area Area { get; set; } = null!;
}

/// <summary>A dated progress note on a goal.</summary>
public sealed class GoalNote : IAccountScoped
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public int GoalId { get; set; }
    public DateTime WrittenAt { get; set; }
    public required string Text { get; set; }
}
