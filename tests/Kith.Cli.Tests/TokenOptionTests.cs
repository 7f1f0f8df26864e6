using Kith.Core.Accounts;
using Kith.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Kith.Cli.Tests;

/// <summary>--token / KITH_TOKEN: the CLI acts for the token's account on a shared database, and refuses a token it does not know.</summary>
public sealed class TokenOptionTests : IDisposable
{
    private readonly CliTestHost _kith = new();

    public void Dispose() => _kith.Dispose();

    [Fact]
    public async Task Token_ActsForItsOwnersAccountOnly()
    {
        await _kith.OkAsync("find");
        var token = await AddAccountWithTokenAsync();

        await _kith.OkAsync("--token", token, "add", "Zed Teammate");

        Assert.Contains("Zed Teammate", await _kith.OkAsync("--token", token, "find"), StringComparison.Ordinal);
        Assert.DoesNotContain("Zed Teammate", await _kith.OkAsync("find"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_Unknown_FailsWithAClearError()
    {
        var result = await _kith.RunAsync("--token", "kith_not-a-token", "find");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("the API token (--token or KITH_TOKEN) is unknown or was revoked", result.Error, StringComparison.Ordinal);
    }

    /// <summary>A second account with a user and a token, as the web app's registration would make them.</summary>
    private async Task<string> AddAccountWithTokenAsync()
    {
        var builder = new DbContextOptionsBuilder<KithDbContext>();
        builder.UseKithSqlite(_kith.DatabasePath);
        var options = builder.Options;
        await using var db = new KithDbContext(options);
        var now = CliTestHost.Start.UtcDateTime;
        var account = new Account { Name = "teammate", TimeZoneId = "UTC", CreatedAt = now };
        db.Accounts.Add(account);
        await db.SaveChangesAsync();
        var user = new KithUser { UserName = "mate@example.com", Email = "mate@example.com", AccountId = account.Id, CreatedAt = now };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        var secret = Secrets.NewApiToken();
        db.ApiTokens.Add(new ApiToken { AccountId = account.Id, UserId = user.Id, Name = "cli", Prefix = secret[..12], SecretHash = Secrets.Hash(secret), CreatedAt = now });
        await db.SaveChangesAsync();
        return secret;
    }
}
