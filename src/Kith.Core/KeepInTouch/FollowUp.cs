using Kith.Core.Accounts;
using Kith.Core.People;

namespace Kith.Core.KeepInTouch;

/// <summary>An explicit promise: "send Ana the article by Friday".</summary>
public sealed class FollowUp : IAccountScoped
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    public required string Description { get; set; }
    public DateOnly DueOn { get; set; }
    public DateTime? DoneAt { get; set; }
    public DateTime CreatedAt { get; set; }
}
