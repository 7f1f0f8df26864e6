using Kith.Core.Accounts;
using Kith.Core.People;

namespace Kith.Core.Opportunities;

public enum IntroductionStatus
{
    ToAsk = 0,
    Asked = 1,
    Introduced = 2,
    Met = 3,
}

/// <summary>
/// Asking a connector (a colleague who is not shy, my boss) to introduce me to a person, or to
/// people in a department; it ends with someone met and both of them thanked and followed up.
/// </summary>
public sealed class Introduction : IAccountScoped
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public int ConnectorId { get; set; }
    public Person Connector { get; set; } = null!;
    /// <summary>The person I want to meet, when I know them by name.</summary>
    public int? TargetId { get; set; }
    public Person? Target { get; set; }
    /// <summary>Whom I want to meet when I do not know them: "someone in Treasury who knows the budget cycle".</summary>
    public string? TargetDescription { get; set; }
    public string? Reason { get; set; }
    public IntroductionStatus Status { get; set; }
    public DateOnly? AskedOn { get; set; }
    public DateOnly? IntroducedOn { get; set; }
    public DateOnly? MetOn { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
