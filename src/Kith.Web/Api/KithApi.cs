using System.Text.Json.Serialization;

namespace Kith.Web.Api;

/// <summary>The JSON API under /api/v1: one file per feature, each a route group.</summary>
internal static class KithApi
{
    public const string Prefix = "/api/v1";

    public static IServiceCollection AddKithApi(this IServiceCollection services)
    {
        // A body or query value that cannot be read throws instead of ending in a bare 400, so the
        // exception handler can answer with a ProblemDetails naming the field. Set explicitly: the
        // framework's default differs between Development and Production.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);

        // Numbers are numbers: "every": "30" is refused with a field error rather than guessed at,
        // and the OpenAPI document describes ids and counts as integers, not "integer or string".
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        return services;
    }

    public static IEndpointRouteBuilder MapKithApi(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup(Prefix);
        v1.MapPeopleApi();
        v1.MapInteractionsApi();
        v1.MapKeepInTouchApi();
        v1.MapAgendaApi();
        v1.MapGoalsApi();
        v1.MapMentorshipsApi();
        v1.MapMeetingsApi();
        v1.MapCommitmentsApi();
        v1.MapBoardApi();
        v1.MapNetworkingApi();
        v1.MapPlanApi();
        v1.MapOpportunitiesApi();
        v1.MapIntroductionsApi();
        v1.MapPitchApi();
        v1.MapCalendarApi();
        v1.MapHealthApi();
        v1.MapSettingsApi();
        v1.MapImportsApi();
        v1.MapExportApi();
        v1.MapBackupApi();
        v1.MapDuplicatesApi();
        v1.MapTokensApi();
        return app;
    }
}
