using Kith.Core.Accounts;
using Kith.Core.Agenda;
using Kith.Core.Backup;
using Kith.Core.Common;
using Kith.Core.Data;
using Kith.Core.Feed;
using Kith.Core.Health;
using Kith.Core.Import;
using Kith.Core.Interactions;
using Kith.Core.KeepInTouch;
using Kith.Core.Mentoring;
using Kith.Core.Networking;
using Kith.Core.Opportunities;
using Kith.Core.Pitch;
using Kith.Core.Plan;
using Kith.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kith.Core;

public static class KithServiceCollectionExtensions
{
    /// <summary>Registers the DbContext (on the SQLite file <paramref name="databasePath"/> names) and every feature service.</summary>
    public static IServiceCollection AddKithCore(this IServiceCollection services, Func<IServiceProvider, string> databasePath) =>
        services.AddKithCore(sp => DatabaseSettings.Sqlite(databasePath(sp)));

    /// <summary>Registers the DbContext (on the engine and database the settings name) and every feature service.</summary>
    public static IServiceCollection AddKithCore(this IServiceCollection services, Func<IServiceProvider, DatabaseSettings> database)
    {
        // One set of options for the process, read when first needed (so a test host's configuration
        // is seen); each scope rents a pooled context bound to its account.
        services.TryAddSingleton(sp =>
        {
            var options = new DbContextOptionsBuilder<KithDbContext>().UseApplicationServiceProvider(sp);
            options.UseKith(database(sp));
            return options.Options;
        });
        services.TryAddSingleton<KithContextPool>();
        services.TryAddScoped(sp => sp.GetRequiredService<KithContextPool>().Rent(sp.GetService<ICurrentAccount>()));
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<AccountClock>();
        services.AddScoped<PeopleService>();
        services.AddScoped<InteractionService>();
        services.AddScoped<KeepInTouchService>();
        services.AddScoped<AgendaService>();
        services.AddScoped<GoalService>();
        services.AddScoped<MentorshipService>();
        services.AddScoped<BoardService>();
        services.AddScoped<NetworkingService>();
        services.AddScoped<PlanService>();
        services.AddScoped<OpportunityService>();
        services.AddScoped<IntroductionService>();
        services.AddScoped<PitchService>();
        services.AddScoped<FeedService>();
        services.AddScoped<HealthService>();
        services.AddSingleton<HealthSnapshots>();
        services.AddScoped<SettingsService>();
        services.AddScoped<ImportService>();
        services.AddScoped<ExportService>();
        services.AddScoped<MergeService>();
        services.AddScoped<BackupService>();
        // Uploads wait between preview and commit in the database, where every app node sees them.
        services.TryAddSingleton<ImportStore>();
        return services;
    }
}
