using System.Threading.RateLimiting;
using Kith.Core.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Kith.Web.Accounts;

/// <summary>
/// Sign-in for the web host: Identity's cookie for pages, personal API tokens for scripts, one
/// fallback rule that every endpoint needs a signed-in user when accounts are required, a rate
/// limit on the sign-in forms, and data-protection keys in the database.
/// </summary>
internal static class AccountsSetup
{
    /// <summary>Chooses the cookie or the API token, whichever the request carries.</summary>
    public const string Scheme = "Kith";

    /// <summary>The rate-limiting policy of the forms that check a password or create a user.</summary>
    public const string SignInLimit = "sign-in";

    public const string SignInAttemptsKey = "Kith:Accounts:SignInAttemptsPerMinute";

    public static IServiceCollection AddKithWebAccounts(this IServiceCollection services)
    {
        // Read when first needed, like the database settings, so configuration added by a test host is seen.
        services.AddSingleton(sp => KithMode.Resolve(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<LocalAccount>();
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentAccount>();
        services.AddScoped<ICurrentAccount>(sp => sp.GetRequiredService<CurrentAccount>());

        services.AddKithAccounts().AddSignInManager();
        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Cookie or API token", o => o.ForwardDefaultSelector = c =>
                ApiTokenAuthenticationHandler.BearerOf(c.Request) is not null ? ApiTokenAuthenticationHandler.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(ConfigureCookie);

        services.AddSingleton<IAuthorizationHandler, SignedInWhenRequiredHandler>();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().AddRequirements(new SignedInWhenRequired()).Build());

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignInLimit, PerClientAddress);
            o.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
        });

        // One key ring for every process on the database, under one fixed name (not the content path).
        services.AddDataProtection().SetApplicationName("Kith");
        services.AddOptions<KeyManagementOptions>()
            .Configure<IServiceScopeFactory>((o, scopes) => o.XmlRepository = new DatabaseKeyRepository(scopes));
        return services;
    }

    /// <summary>
    /// Leaves the key ring to be read once the database is ready (by the warm-up after start-up, or the
    /// first request that needs it). The framework reads it as the app starts, before Kestrel listens;
    /// the ring is in the database, which start-up prepares meanwhile (StartupGate), so that read would
    /// hold Kestrel back until then. Call it after every other registration: anything that adds data
    /// protection (antiforgery does) adds the loader again.
    /// </summary>
    public static IServiceCollection ReadKeyRingOnFirstUse(this IServiceCollection services)
    {
        foreach (var loader in services.Where(IsKeyRingLoader).ToList())
            services.Remove(loader);
        return services;
    }

    /// <summary>Data protection's hosted service, which loads the key ring at start (a test checks it is gone).</summary>
    internal static bool IsKeyRingLoader(ServiceDescriptor service) =>
        service.ServiceType == typeof(IHostedService) && service.ImplementationType is { Name: "DataProtectionHostedService" } type
        && type.Assembly == typeof(KeyManagementOptions).Assembly;

    /// <summary>Authentication, the sign-in rate limit and authorization, between routing and the endpoints.</summary>
    public static IApplicationBuilder UseKithAccounts(this IApplicationBuilder app) =>
        app.UseAuthentication().UseRateLimiter().UseAuthorization();

    private static void ConfigureCookie(Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions o)
    {
        o.Cookie.Name = "kith.auth";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.LoginPath = "/account/sign-in";
        o.LogoutPath = "/account/sign-out";
        o.ExpireTimeSpan = TimeSpan.FromDays(14);
        o.SlidingExpiration = true;
        // The API answers 401/403 with a ProblemDetails; only pages are sent to the sign-in form.
        o.Events.OnRedirectToLogin = c => IsApi(c.Request)
            ? ApiTokenAuthenticationHandler.WriteProblemAsync(c.HttpContext, StatusCodes.Status401Unauthorized,
                "Sign in, or send a personal API token: Authorization: Bearer kith_… (make one on the Account page or with POST /api/v1/tokens).")
            : Redirect(c);
        o.Events.OnRedirectToAccessDenied = c => IsApi(c.Request)
            ? ApiTokenAuthenticationHandler.WriteProblemAsync(c.HttpContext, StatusCodes.Status403Forbidden, "This needs an admin.")
            : Redirect(c);
    }

    private static Task Redirect(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> c)
    {
        c.Response.Redirect(c.RedirectUri);
        return Task.CompletedTask;
    }

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    // Only posts count: reading the form is free, guessing passwords is not.
    private static RateLimitPartition<string> PerClientAddress(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
            return RateLimitPartition.GetNoLimiter("read");
        var limit = context.RequestServices.GetRequiredService<IConfiguration>().GetValue(SignInAttemptsKey, 10);
        return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }
}

/// <summary>The fallback rule: in required mode, a signed-in user (with an account); in local mode, anyone on this computer.</summary>
internal sealed class SignedInWhenRequired : IAuthorizationRequirement;

internal sealed class SignedInWhenRequiredHandler(KithMode mode) : AuthorizationHandler<SignedInWhenRequired>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, SignedInWhenRequired requirement)
    {
        // The health probe of a load balancer signs in as nobody; /healthz says nothing private.
        var isHealth = context.Resource is HttpContext http && http.Request.Path.StartsWithSegments("/healthz");
        if (mode.IsLocal || isHealth || KithClaims.AccountOf(context.User) is not null)
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
