namespace Kith.Core.KeepInTouch;

/// <summary>A cadence as shown to users: "every 2 weeks (at most 3 weeks)".</summary>
public sealed record CadenceView(int Every, int Max, CadenceUnit Unit, string Description)
{
    public static CadenceView From(Cadence c) => new(c.Every, c.Max, c.Unit, c.Describe());
}

/// <summary>What a user fills in for a cadence. <see cref="Max"/> defaults to half as long again as <see cref="Every"/>.</summary>
public sealed record CadenceInput
{
    public int? Every { get; init; }
    public int? Max { get; init; }
    /// <summary>days, weeks or months.</summary>
    public string? Unit { get; init; }
}

public sealed record FollowUpInput
{
    public int? PersonId { get; init; }
    public string? Description { get; init; }
    /// <summary>YYYY-MM-DD.</summary>
    public string? DueOn { get; init; }
}

public sealed record FollowUpView(int Id, int PersonId, string PersonName, string Description, DateOnly DueOn, DateTime? DoneAt, bool IsOverdue);

public sealed record FollowUpQuery
{
    public int? PersonId { get; init; }
    /// <summary>open (default), done or all.</summary>
    public string? Status { get; init; }
    public int? Page { get; init; }
    public int? PageSize { get; init; }
}
