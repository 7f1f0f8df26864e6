using Kith.Core.Accounts;

namespace Kith.Web.Accounts;

/// <summary>
/// The account one unit of work acts for: the local account in local mode; otherwise the account
/// claim of the signed-in user (cookie or API token), read when a query runs, so it is the one
/// authentication settled on. A unit of work outside a request (a background import, the calendar
/// feed) names its account with <see cref="ActFor"/>. Nobody signed in: account 0, which owns no rows.
/// </summary>
public sealed class CurrentAccount(KithMode mode, LocalAccount local, IHttpContextAccessor http) : ICurrentAccount
{
    private int? _actingFor;

    public int AccountId => _actingFor ?? (mode.IsLocal ? local.AccountId : KithClaims.AccountOf(http.HttpContext?.User) ?? 0);

    public void ActFor(int accountId) => _actingFor = accountId;
}
