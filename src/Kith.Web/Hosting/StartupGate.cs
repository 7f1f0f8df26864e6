namespace Kith.Web.Hosting;

/// <summary>
/// The database's preparation at start (pending migrations, the local account, statistics), run in
/// the background while ASP.NET builds its pipeline and Kestrel starts, instead of before them: on
/// two cores that overlap saves about half a second of the cold start (docs/performance.md, fix 20).
/// Every request waits for it at the door, except <c>/healthz</c>, which says "unhealthy" until then,
/// and so does the data-protection key ring, which lives in the database. As a hosted service it
/// holds the host's start (after Kestrel listens, before "started") until the gate opens, so whoever
/// starts the host, as tests do, finds the database ready when it returns.
/// </summary>
public sealed class StartupGate : IHostedLifecycleService
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the database is ready; faults with the reason it could not be prepared.</summary>
    public Task Ready => _ready.Task;

    public bool IsOpen => _ready.Task.IsCompletedSuccessfully;

    /// <summary>
    /// Completes when start-up's work is all done: the gate open (or failed) and the work begun after it
    /// ended. Nothing waits for it but whoever must know the app has stopped touching the database
    /// on its own, such as a test that takes the database away.
    /// </summary>
    public Task Settled => _settled.Task;

    private readonly TaskCompletionSource _settled = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Runs <paramref name="prepare"/> on the thread pool and opens the gate when it is done, then
    /// runs <paramref name="afterwards"/> (work worth doing early but that no request waits for).
    /// </summary>
    public void Begin(Func<Task> prepare, Func<Task>? afterwards = null) =>
        _ = Task.Run(async () =>
        {
            try
            {
                try
                {
                    await prepare();
                }
                catch (Exception e)
                {
                    _ready.SetException(e);
                    return;
                }
                _ready.SetResult();
                if (afterwards is not null)
                    await afterwards();
            }
            finally
            {
                _settled.SetResult();
            }
        });

    /// <summary>Blocks until the database is ready, for the framework's synchronous callers (the key ring).</summary>
    public void Wait() => _ready.Task.GetAwaiter().GetResult();

    /// <summary>
    /// Called once every hosted service has started, Kestrel included: waits for the gate. A failure is
    /// not thrown here; Program logs it and stops the app, which then exits with 1.
    /// </summary>
    public Task StartedAsync(CancellationToken cancellationToken) =>
        _ready.Task.ContinueWith(_ => { }, cancellationToken, TaskContinuationOptions.None, TaskScheduler.Default);

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public static class StartupGateExtensions
{
    /// <summary>Holds every request but the health check until the database is ready.</summary>
    public static IApplicationBuilder UseStartupGate(this IApplicationBuilder app)
    {
        var gate = app.ApplicationServices.GetRequiredService<StartupGate>();
        return app.Use(async (context, next) =>
        {
            if (!gate.IsOpen && !context.Request.Path.StartsWithSegments(HealthEndpoint.Path))
                await gate.Ready;
            await next(context);
        });
    }
}
