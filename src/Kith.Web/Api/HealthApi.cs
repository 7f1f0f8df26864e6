using Kith.Core.Health;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kith.Web.Api;

/// <summary>/api/v1/network-health: whom I know, how strong the ties are, gives against asks, weeks kept, and what to do about the gaps.</summary>
internal static class HealthApi
{
    // Not /health or /healthz: those names are kept for the app's own liveness check.
    public static RouteGroupBuilder MapHealthApi(this RouteGroupBuilder api)
    {
        api.MapGet("/network-health", GetAsync)
            .WithTags("Network health")
            .WithName("GetNetworkHealth")
            .WithSummary("My network's health: people by role, department, level and employer; tie strength; gives against asks over the last year, overall and per person; weeks kept; recommendations.")
            .WithDescription("recommendations[].code: no-people, no-outside-recently, asks-no-gives, asking-more, no-senior-outside-chain, one-department, few-strong, weeks-kept, no-slots, no-mentors; link is the page that helps, personId the person it is about.");
        return api;
    }

    private static async Task<Ok<HealthView>> GetAsync(HealthService health, CancellationToken ct) =>
        TypedResults.Ok(await health.GetAsync(ct));
}
