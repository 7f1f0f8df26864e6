namespace Kith.Web.Hosting;

/// <summary>
/// Keeps secrets out of the logs. The calendar feed's path is its secret token, and ASP.NET Core writes
/// request paths: request logging (its "Request starting" line, and a scope attached to everything logged
/// during the request), and routing and static files at Debug. Kith's own messages never include notes or tokens.
/// </summary>
internal static class LogPrivacy
{
    public static IServiceCollection AddLogPrivacy(this IServiceCollection services) =>
        // Configured after appsettings, so raising "Microsoft.AspNetCore" to Debug for a diagnosis cannot switch request paths back on.
        services.Configure<LoggerFilterOptions>(o => o
            .AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None)
            .AddFilter("Microsoft.AspNetCore.Routing", LogLevel.Information)
            .AddFilter("Microsoft.AspNetCore.StaticFiles", LogLevel.Information));
}
