using Kith.Core.People;

namespace Kith.Core.Interactions;

/// <summary>What a user fills in to log an interaction.</summary>
public sealed record InteractionInput
{
    public IReadOnlyList<int>? PersonIds { get; init; }
    /// <summary>Local date or date-time (YYYY-MM-DD or YYYY-MM-DDTHH:MM); now when empty.</summary>
    public string? OccurredAt { get; init; }
    /// <summary>lunch, coffee, call, email, message, meeting, event, other.</summary>
    public string? Kind { get; init; }
    public string? Summary { get; init; }
    public string? Notes { get; init; }
    /// <summary>gave, asked or neither.</summary>
    public string? Exchange { get; init; }
}

public sealed record InteractionView(
    int Id,
    DateTime OccurredAt,
    InteractionKind Kind,
    string Summary,
    string? Notes,
    Exchange Exchange,
    IReadOnlyList<PersonRef> People);

public sealed record InteractionQuery
{
    public int? PersonId { get; init; }
    public int? Page { get; init; }
    public int? PageSize { get; init; }
}
