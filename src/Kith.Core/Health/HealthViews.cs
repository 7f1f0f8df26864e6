using Kith.Core.Plan;

namespace Kith.Core.Health;

/// <summary>A labelled count for a chart bar.</summary>
public sealed record HealthCount(string Label, int Value);

/// <summary>How strong ties are, from recency and frequency of contact.</summary>
public enum TieStrength
{
    Dormant = 0,
    Fading = 1,
    Steady = 2,
    Strong = 3,
}

public sealed record GiveAsk(int Gave, int Asked, int Neither);

/// <summary>One person's gives and asks over the last year.</summary>
public sealed record PersonBalance(int PersonId, string Name, int Gave, int Asked, DateOnly? FirstAskOn);

/// <summary>A concrete next step derived from a gap. Codes: no-people, no-outside-recently, asks-no-gives, asking-more, no-senior-outside-chain, one-department, few-strong, weeks-kept, no-slots, no-mentors.</summary>
public sealed record Recommendation(string Code, string Message, string? Link = null, int? PersonId = null);

public sealed record HealthView(
    int People,
    IReadOnlyList<HealthCount> ByRole,
    IReadOnlyList<HealthCount> ByDepartment,
    IReadOnlyList<HealthCount> ByLevel,
    IReadOnlyList<HealthCount> ByEmployer,
    IReadOnlyList<HealthCount> ByStrength,
    GiveAsk LastYear,
    IReadOnlyList<PersonBalance> Balances,
    PlanAdherence Last8Weeks,
    PlanAdherence Last26Weeks,
    int Streak,
    IReadOnlyList<Recommendation> Recommendations);
