using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Kith.Core.Accounts;

/// <summary>The claims Kith adds to a signed-in user (cookie or API token).</summary>
public static class KithClaims
{
    /// <summary>The id of the account whose rows the user sees.</summary>
    public const string Account = "kith:account";

    /// <summary>Present (value "true") on the admin, who invites the others.</summary>
    public const string Admin = "kith:admin";

    /// <summary>The account a principal acts for, or null when it carries none.</summary>
    public static int? AccountOf(ClaimsPrincipal? user) =>
        user?.FindFirst(Account)?.Value is { } value && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static bool IsAdmin(ClaimsPrincipal? user) => user?.HasClaim(Admin, "true") == true;

    /// <summary>The signed-in user's id, or null.</summary>
    public static int? UserOf(ClaimsPrincipal? user) =>
        user?.FindFirst(ClaimTypes.NameIdentifier)?.Value is { } value && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}

/// <summary>Adds the account (and admin) claims when Identity signs a user in, so every request knows its account without a query.</summary>
public sealed class KithClaimsFactory(UserManager<KithUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<KithUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(KithUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(KithClaims.Account, user.AccountId.ToString(CultureInfo.InvariantCulture)));
        if (user.IsAdmin)
            identity.AddClaim(new Claim(KithClaims.Admin, "true"));
        return identity;
    }
}
