namespace Kith.Core.Accounts;

/// <summary>Which account the current unit of work acts for.</summary>
public interface ICurrentAccount
{
    int AccountId { get; }
}

/// <summary>A fixed account, for a unit of work that knows whom it acts for.</summary>
public sealed class FixedAccount(int accountId) : ICurrentAccount
{
    public int AccountId { get; } = accountId;
}

/// <summary>
/// Single-user mode (the web app on loopback, the CLI): every unit of work acts for the one local
/// account, whose id is set once the database has been prepared at start-up.
/// </summary>
public sealed class LocalAccount : ICurrentAccount
{
    public int AccountId { get; set; }
}
