using Kith.Core.Accounts;

namespace Kith.Web.Hosting;

/// <summary>
/// Single-user mode: every request acts for the one local account, whose id is known once the
/// database has been prepared at start-up. Sign-in for several accounts replaces this later.
/// </summary>
internal sealed class LocalAccount : ICurrentAccount
{
    public int AccountId { get; set; }
}
