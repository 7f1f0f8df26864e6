using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Kith.Bench.Http;

/// <summary>
/// The web app as a user runs it: its own process (the Release build of src/Kith.Web), on a
/// loopback port, on a copy of the benchmark database (a SQLite file, or a PostgreSQL database), with
/// the bare baseline endpoint switched on.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;

    private AppProcess(Process process, Uri address, TimeSpan coldStart)
    {
        _process = process;
        Address = address;
        ColdStart = coldStart;
    }

    public Uri Address { get; }

    /// <summary>From starting the process to the first page (the agenda at /) served in full.</summary>
    public TimeSpan ColdStart { get; }

    /// <param name="database">The app's database settings, as environment variables (<c>Kith__Database__…</c>).</param>
    public static async Task<AppProcess> StartAsync(string webDll, string contentRoot, IReadOnlyDictionary<string, string> database, CancellationToken ct)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = contentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(webDll);
        start.Environment["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/');
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_CONTENTROOT"] = contentRoot;
        foreach (var (name, value) in database)
            start.Environment[name] = value;
        start.Environment["Kith__TimeZone"] = "UTC";
        start.Environment["Kith__Bench__BareEndpoint"] = "true";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var started = Stopwatch.GetTimestamp();
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        // Drain the app's output so it never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            if (process.HasExited)
                throw new InvalidOperationException($"The app exited with code {process.ExitCode} before serving a page.");
            if (Stopwatch.GetElapsedTime(started) > TimeSpan.FromSeconds(60))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("The app served no page within 60 s.");
            }
            try
            {
                using var response = await client.GetAsync(address, ct);
                _ = await response.Content.ReadAsByteArrayAsync(ct);
                if (response.StatusCode == HttpStatusCode.OK)
                    return new AppProcess(process, address, Stopwatch.GetElapsedTime(started));
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(5, ct);
        }
    }

    /// <summary>The settings of an app on a SQLite file.</summary>
    public static IReadOnlyDictionary<string, string> Sqlite(string path) =>
        new Dictionary<string, string> { ["Kith__Database__Provider"] = "sqlite", ["Kith__Database__Path"] = path };

    /// <summary>The settings of an app on a PostgreSQL database.</summary>
    public static IReadOnlyDictionary<string, string> Postgres(string connectionString) =>
        new Dictionary<string, string> { ["Kith__Database__Provider"] = "postgres", ["Kith__Database__ConnectionString"] = connectionString };

    /// <summary>The most physical memory the app's process has used so far (VmHWM), in bytes.</summary>
    public long PeakWorkingSet()
    {
        var status = $"/proc/{_process.Id}/status";
        if (File.Exists(status))
        {
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null)
                return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
        }
        _process.Refresh();
        return _process.PeakWorkingSet64;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
