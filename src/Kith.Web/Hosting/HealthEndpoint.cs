using Kith.Core.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kith.Web.Hosting;

/// <summary>
/// <c>GET /healthz</c> for load balancers and monitors: 200 <c>{"status":"healthy"}</c> when the database
/// answers, 503 <c>{"status":"unhealthy"}</c> when not — and nothing else: no counts, names, paths,
/// versions or error text, since anyone who can reach the server can ask.
/// </summary>
internal static class HealthEndpoint
{
    public const string Path = "/healthz";

    public static IServiceCollection AddKithHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    public static IEndpointConventionBuilder MapKithHealth(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHealthChecks(Path, new HealthCheckOptions { ResponseWriter = WriteAsync })
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]))
            .AllowAnonymous();

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(report.Status == HealthStatus.Healthy ? """{"status":"healthy"}""" : """{"status":"unhealthy"}""");
    }

    /// <summary>The database answers a trivial query on a table every Kith database has (an empty new file has none).</summary>
    private sealed class DatabaseHealthCheck(IServiceProvider services, IServiceScopeFactory scopes, ILogger<DatabaseHealthCheck> logger) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            // Until start-up has prepared the database (StartupGate), it is not ready to serve.
            if (services.GetService<StartupGate>() is { IsOpen: false })
                return HealthCheckResult.Unhealthy();
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                // No account: the check reads no one's data, and must not depend on who is signed in.
                await using var db = new KithDbContext(scope.ServiceProvider.GetRequiredService<DbContextOptions<KithDbContext>>());
                await db.Accounts.AnyAsync(cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The type says enough to start looking; messages can name hosts or files.
                logger.LogWarning("Health check: the database did not answer ({Error}).", e.GetType().Name);
                return HealthCheckResult.Unhealthy();
            }
        }
    }
}
