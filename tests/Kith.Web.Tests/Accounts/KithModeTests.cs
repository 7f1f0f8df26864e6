using Kith.Web.Accounts;
using Microsoft.Extensions.Configuration;

namespace Kith.Web.Tests.Accounts;

/// <summary>Which mode a server runs in: local only when nothing but loopback can reach it.</summary>
public sealed class KithModeTests
{
    private static KithMode Resolve(params (string Key, string Value)[] settings) =>
        KithMode.Resolve(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build());

    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:5080;http://[::1]:5080")]
    public void Resolve_AutoOnLoopback_IsLocal(string urls) => Assert.True(Resolve(("urls", urls)).IsLocal);

    [Theory]
    [InlineData("http://0.0.0.0:8080")]
    [InlineData("http://*:8080")]
    [InlineData("http://127.0.0.1:5080;http://kith.example.org:80")]
    public void Resolve_AutoOnTheNetwork_RequiresAccounts(string urls) => Assert.True(Resolve(("urls", urls)).RequiresAccounts);

    [Fact]
    public void Resolve_PortsWithoutHost_RequireAccounts() => Assert.True(Resolve(("http_ports", "8080")).RequiresAccounts);

    [Fact]
    public void Resolve_LocalOnTheNetwork_RefusesWithTheReason()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => Resolve(("urls", "http://0.0.0.0:8080"), (KithMode.Key, "local")));

        Assert.StartsWith("Kith:Accounts:Mode is 'local' (no sign-in), but Kith is set to listen on http://0.0.0.0:8080", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_RequiredOnLoopback_RequiresAccounts() =>
        Assert.True(Resolve(("urls", "http://127.0.0.1:5080"), (KithMode.Key, "required")).RequiresAccounts);
}
