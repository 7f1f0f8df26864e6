namespace Kith.Core.Accounts;

/// <summary>Which account the current unit of work acts for.</summary>
public interface ICurrentAccount
{
    int AccountId { get; }
}

/// <summary>A fixed account: the local single-user mode, the CLI, and tests.</summary>
public sealed class FixedAccount(int accountId) : ICurrentAccount
{
    public int AccountId { get; } = accountId;
}
