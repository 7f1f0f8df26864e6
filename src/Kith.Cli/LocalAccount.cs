using Kith.Core.Accounts;

namespace Kith.Cli;

/// <summary>The one local account; its id is known once the database has been prepared.</summary>
internal sealed class LocalAccount : ICurrentAccount
{
    public int AccountId { get; set; }
}
