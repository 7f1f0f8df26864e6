using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Hosting;

/// <summary>
/// The API has no sign-in in single-user mode, so another web site open in the same browser must not
/// be able to change data through it (a plain cross-site form post needs no CORS pre-flight). Pages
/// are covered by antiforgery tokens; for the API, a state-changing request that a browser marks as
/// coming from another site is refused. Scripts and the CLI send no Origin and are unaffected.
/// </summary>
internal static class CrossSiteGuard
{
    public static IApplicationBuilder UseCrossSiteGuardForApi(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/api") && IsStateChanging(context.Request.Method) && IsCrossSite(context.Request))
            {
                var problem = new ProblemDetails
                {
                    Status = StatusCodes.Status403Forbidden,
                    Title = "Cross-site request refused.",
                    Detail = "Kith's API only accepts changes from its own pages, scripts and the CLI, not from other web sites.",
                };
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>()
                    .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
                return;
            }
            await next(context);
        });

    private static bool IsStateChanging(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method));

    private static bool IsCrossSite(HttpRequest request)
    {
        if (request.Headers["Sec-Fetch-Site"].ToString() is "cross-site" or "same-site")
            return true;
        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0
            && !(Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }
}
