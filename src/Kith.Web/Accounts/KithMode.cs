using System.Net;

namespace Kith.Web.Accounts;

/// <summary>How people reach their data: straight in (one person on this computer) or by signing in.</summary>
public enum AccountsMode
{
    /// <summary>Single-user: no sign-in, everything is the local account's. Only on loopback.</summary>
    Local,

    /// <summary>Every page and API call needs a signed-in user or an API token.</summary>
    Required,
}

/// <summary>
/// The mode this process runs in, from <c>Kith:Accounts:Mode</c> (auto | local | required). Auto
/// means local when every address the server listens on is loopback, so the README's run command
/// opens straight into the app while a server on the network never serves private notes unsigned.
/// </summary>
public sealed class KithMode(AccountsMode mode)
{
    public const string Key = "Kith:Accounts:Mode";

    public AccountsMode Mode { get; } = mode;
    public bool IsLocal => Mode == AccountsMode.Local;
    public bool RequiresAccounts => Mode == AccountsMode.Required;

    /// <summary>Reads the mode; refuses (with the reason) a local mode that would be reachable from the network.</summary>
    public static KithMode Resolve(IConfiguration config)
    {
        var urls = ListeningOn(config);
        var exposed = urls.Where(u => !IsLoopback(u)).ToList();
        var setting = config[Key]?.Trim().ToLowerInvariant();
        return setting switch
        {
            null or "" or "auto" => new KithMode(exposed.Count == 0 ? AccountsMode.Local : AccountsMode.Required),
            "required" => new KithMode(AccountsMode.Required),
            "local" when exposed.Count == 0 => new KithMode(AccountsMode.Local),
            "local" => throw new InvalidOperationException(
                $"{Key} is 'local' (no sign-in), but Kith is set to listen on {string.Join(", ", exposed)}, which other computers can reach. " +
                $"Listen on loopback only (e.g. --urls http://127.0.0.1:5080), or set {Key} to 'required' or 'auto' so people sign in."),
            _ => throw new InvalidOperationException($"{Key} must be auto, local or required, not '{config[Key]}'."),
        };
    }

    /// <summary>The addresses the configuration tells Kestrel to listen on (urls, http_ports/https_ports, Kestrel endpoints).</summary>
    public static IReadOnlyList<string> ListeningOn(IConfiguration config)
    {
        var urls = new List<string>();
        if (config["urls"] is { Length: > 0 } list)
            urls.AddRange(list.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        // Ports without a host bind every interface.
        foreach (var key in new[] { "http_ports", "https_ports" })
        {
            if (config[key] is { Length: > 0 } ports)
                urls.AddRange(ports.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => $"http://*:{p}"));
        }
        foreach (var endpoint in config.GetSection("Kestrel:Endpoints").GetChildren())
        {
            if (endpoint["Url"] is { Length: > 0 } url) urls.Add(url);
        }
        return urls;
    }

    /// <summary>localhost, 127.0.0.0/8 and [::1] are loopback; a wildcard, 0.0.0.0, [::] or a host name is not.</summary>
    public static bool IsLoopback(string url)
    {
        var rest = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        var host = rest.StartsWith('[') ? rest[..(rest.IndexOf(']', StringComparison.Ordinal) + 1)]
            : rest.Split([':', '/'], 2)[0];
        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }
}
