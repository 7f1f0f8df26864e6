using Kith.Web.Tests.Accounts;

namespace Kith.Web.Tests.Hosting;

/// <summary>
/// The app with accounts required and two real users on one database: the first sets Kith up (the
/// admin), the second registers with an invitation. Their clients sign in through the sign-in form,
/// so what is tested is the cookie, the account claim and the DbContext's global filter together.
/// </summary>
public sealed class TwoAccountsFactory : AccountsWebFactory
{
    /// <summary>Ask for this one first: the first user made becomes the admin.</summary>
    public const string First = "first@example.com";
    public const string Second = "second@example.com";
}
