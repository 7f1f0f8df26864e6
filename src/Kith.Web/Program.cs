using System.Text.Json;
using System.Text.Json.Serialization;
using Kith.Core;
using Kith.Core.Accounts;
using Kith.Core.Data;
using Kith.Web.Accounts;
using Kith.Web.Api;
using Kith.Web.Hosting;
using Microsoft.AspNetCore.DataProtection;

var builder = WebApplication.CreateBuilder(args);

// SQL text is noise for users and, with parameters, could carry notes; keep EF quiet wherever the app runs from.
builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
// Data-protection keys live in the database (AccountsSetup), which is as private as the data it
// protects; the "unencrypted at rest" warning would only alarm a new user.
builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", LogLevel.Error);

// Loopback only unless the user says otherwise: Kith holds private notes about people.
if (string.IsNullOrEmpty(builder.Configuration["urls"]))
    builder.WebHost.UseUrls("http://127.0.0.1:5080");

// SQLite file by default; PostgreSQL when Kith:Database:Provider says so (or Kith__Database__Provider).
// Read when first needed, so configuration added by a test host is seen.
builder.Services.AddSingleton(sp =>
{
    var config = sp.GetRequiredService<IConfiguration>();
    return DatabaseSettings.Resolve(config[DatabaseSettings.ProviderKey], config[DatabaseSettings.PathKey], config[DatabaseSettings.ConnectionStringKey]);
});
builder.Services.AddKithCore(sp => sp.GetRequiredService<DatabaseSettings>());
// Local (no sign-in) on loopback, accounts otherwise; see Kith:Accounts:Mode.
builder.Services.AddKithWebAccounts();

builder.Services.AddSingleton<ImportDrafts>();
builder.Services.AddSingleton<ImportJobs>();
builder.Services.AddScoped<ImportFlow>();

builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<KithExceptionHandler>();
builder.Services.AddKithApi();
builder.Services.ConfigureHttpJsonOptions(o =>
    o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower)));
builder.Services.AddOpenApi();
builder.Services.AddKithHardening();
builder.Services.AddSingleton<StartupGate>();
builder.Services.AddHostedService(sp => sp.GetRequiredService<StartupGate>());
builder.Services.AddHostedService<HealthRefresher>();
builder.Services.AddRazorPages();
// Framing is refused outright by SecurityHeaders (DENY and frame-ancestors 'none'), not only from other sites.
builder.Services.AddAntiforgery(o => o.SuppressXFrameOptionsHeader = true);
builder.Services.ReadKeyRingOnFirstUse();

var app = builder.Build();
var database = app.Services.GetRequiredService<DatabaseSettings>();
KithMode mode;
try
{
    mode = app.Services.GetRequiredService<KithMode>();
}
catch (InvalidOperationException refused)
{
    // A local (no sign-in) app reachable from the network would serve private notes to anyone: refuse to start.
    app.Logger.LogCritical("Kith did not start: {Reason}", refused.Message);
    return 1;
}

// The database is prepared while the pipeline is built and Kestrel starts; requests wait for it at the door.
var gate = app.Services.GetRequiredService<StartupGate>();
gate.Begin(
    async () =>
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KithDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        app.Services.GetRequiredService<LocalAccount>().AccountId =
            await KithDatabase.PrepareAsync(db, database, clock, app.Configuration["Kith:TimeZone"]);
    },
    () => WarmUpAsync(app, mode));
_ = gate.Ready.ContinueWith(failed =>
{
    app.Logger.LogCritical(failed.Exception!.GetBaseException(), "Kith did not start: the database could not be prepared.");
    app.Lifetime.StopApplication();
}, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);

// The API answers errors with ProblemDetails; pages with a page in the site's layout.
static bool IsApi(HttpContext c) => c.Request.Path.StartsWithSegments("/api");
app.UseStartupGate();
app.UseSecurityHeaders();
app.UseWhen(IsApi, api => api.UseExceptionHandler().UseStatusCodePages());
app.UseWhen(c => !IsApi(c), pages => pages.UseExceptionHandler("/status/500").UseStatusCodePagesWithReExecute("/status/{0}"));
app.UseCrossSiteGuardForApi();
app.UseStaticFiles();
app.UseRouting();
app.UseWhen(IsApi, api => api.Use(RequestReadingErrors.ThrowOnUnreadableValues));
app.UseKithAccounts();

app.MapOpenApi("/openapi/{documentName}.json");
app.MapKithApi();
app.MapCalendarFeed();
app.MapKithHealth();
app.MapRazorPages();
// The HTTP baseline of the benchmark (bench/Kith.Bench): the least this host can answer through the
// same middleware. Mapped only when asked for, never in a normal run.
if (app.Configuration.GetValue<bool>("Kith:Bench:BareEndpoint"))
    app.MapGet("/bench/bare", () => Results.Text("ok"));

// "Started" comes after the gate (StartupGate.StartedAsync), so this is said only when Kith can serve.
app.Lifetime.ApplicationStarted.Register(() =>
{
    if (!gate.IsOpen)
        return;
    var urls = string.Join(", ", app.Urls);
    app.Logger.LogInformation("Kith is running. Open {Urls} in your browser. Data: {Database}. {Accounts}", urls, database.Describe(),
        mode.IsLocal ? "Single-user mode: no sign-in, this computer only." : "Accounts: people sign in.");
});

// Taken now: when Kestrel cannot start, the host disposes of its services before RunAsync throws.
var logger = app.Logger;
var listenOn = app.Configuration["urls"];
try
{
    await app.RunAsync();
}
catch (OperationCanceledException) when (gate.Ready.IsFaulted)
{
    // Stopped while starting because the database could not be prepared (logged above).
}
catch (IOException taken) when (taken.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
{
    // Most often Kith itself, started twice.
    logger.LogCritical("Kith did not start: {Urls} is already in use. If Kith is already running, open that address in your browser; "
        + "to run another copy, give it a free port, e.g. --urls http://127.0.0.1:5081", listenOn);
    return 1;
}
return gate.IsOpen ? 0 : 1;

// Reads the data-protection key ring (every form's antiforgery token needs it) and, on one's own
// computer, where the home page comes first, runs its queries once, so the first visit finds them
// translated. A failure here only costs that time: it is logged by its type (messages can carry
// data) and the app goes on.
static async Task WarmUpAsync(WebApplication app, KithMode mode)
{
    try
    {
        app.Services.GetDataProtector("Kith.WarmUp").Protect("warm-up");
        if (!mode.IsLocal)
            return;
        await using var scope = app.Services.CreateAsyncScope();
        await Kith.Web.Pages.IndexModel.WarmUpAsync(scope.ServiceProvider, app.Lifetime.ApplicationStopping);
    }
    catch (Exception e)
    {
        app.Logger.LogWarning("Warming up the home page's queries failed ({Error}).", e.GetType().Name);
    }
}

/// <summary>The web host's entry point; public so tests can host it in-process.</summary>
public partial class Program;
