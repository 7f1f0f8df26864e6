using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Kith.Core.Accounts;
using Kith.Core.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Kith.Web.Accounts;

/// <summary>
/// <c>Authorization: Bearer kith_…</c>: a personal API token acts for its account. The token is
/// looked up by its SHA-256 hash; a revoked or unknown one is refused. Nothing of it is logged.
/// </summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, KithDbContext db, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (BearerOf(Request) is not { } presented)
            return AuthenticateResult.NoResult();
        var identity = await ApiTokenService.AuthenticateAsync(db, presented, clock.GetUtcNow().UtcDateTime, Context.RequestAborted);
        if (identity is null)
            return AuthenticateResult.Fail("The API token is unknown or was revoked.");

        var claims = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, identity.UserId.ToString(CultureInfo.InvariantCulture)),
            new Claim(KithClaims.Account, identity.AccountId.ToString(CultureInfo.InvariantCulture)),
            new Claim("kith:token", identity.TokenId.ToString(CultureInfo.InvariantCulture)),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(claims), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        await WriteProblemAsync(Context, StatusCodes.Status401Unauthorized, BearerOf(Request) is null
            ? "Sign in, or send a personal API token: Authorization: Bearer kith_… (make one on the Account page or with POST /api/v1/tokens)."
            : "The API token is unknown or was revoked. Make a new one on the Account page.");
    }

    /// <summary>The API never redirects to a sign-in page: it answers with a ProblemDetails a script can read.</summary>
    public static async Task WriteProblemAsync(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized)
            context.Response.Headers.WWWAuthenticate = "Bearer";
        var problem = new ProblemDetails
        {
            Status = status,
            Title = status == StatusCodes.Status401Unauthorized ? "Sign-in required." : "Not allowed.",
            Detail = detail,
        };
        await context.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }

    public static string? BearerOf(HttpRequest request) =>
        request.Headers.Authorization.ToString() is var header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? header["Bearer ".Length..].Trim() : null;
}
