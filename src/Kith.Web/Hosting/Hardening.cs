namespace Kith.Web.Hosting;

/// <summary>The hardening that needs services: the health endpoint's check, and logs that keep secrets out.</summary>
internal static class Hardening
{
    public static IServiceCollection AddKithHardening(this IServiceCollection services) =>
        services.AddKithHealthChecks().AddLogPrivacy();
}
