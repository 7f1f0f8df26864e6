namespace Kith.Web.Api;

/// <summary>The JSON API under /api/v1: one file per feature, each a route group.</summary>
internal static class KithApi
{
    public static IEndpointRouteBuilder MapKithApi(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/api/v1");
        _ = v1;
        return app;
    }
}
