using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Core.Accounts;

/// <summary>
/// Identity as Kith uses it: long passwords without composition rules (length is what makes a
/// password strong; "one capital and one symbol" only makes it hard to remember), lockout after
/// five failures for fifteen minutes, one account per e-mail address, which is also the user name.
/// </summary>
public static class AccountRules
{
    public const int MinimumPasswordLength = 12;
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutFor = TimeSpan.FromMinutes(15);

    /// <summary>Registers Identity's user manager on Kith's database and the account services.</summary>
    public static IdentityBuilder AddKithAccounts(this IServiceCollection services)
    {
        services.AddScoped<AccountService>();
        services.AddScoped<ApiTokenService>();
        services.AddScoped<InvitationService>();
        return services.AddIdentityCore<KithUser>(Configure)
            .AddEntityFrameworkStores<Data.KithDbContext>()
            .AddClaimsPrincipalFactory<KithClaimsFactory>();
    }

    public static void Configure(IdentityOptions o)
    {
        o.Password.RequiredLength = MinimumPasswordLength;
        o.Password.RequireDigit = false;
        o.Password.RequireLowercase = false;
        o.Password.RequireUppercase = false;
        o.Password.RequireNonAlphanumeric = false;
        o.Password.RequiredUniqueChars = 4;
        o.Lockout.AllowedForNewUsers = true;
        o.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
        o.Lockout.DefaultLockoutTimeSpan = LockoutFor;
        o.User.RequireUniqueEmail = true;
        // The user name is the e-mail address, so any character an address may hold is allowed.
        o.User.AllowedUserNameCharacters = "";
    }
}
