using Kith.Core.Common;
using Kith.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.Accounts;

/// <summary>
/// Personal API tokens of the current account's user: made with a name, shown once, kept as a
/// SHA-256 hash, revocable, with the last time each was used.
/// </summary>
public sealed class ApiTokenService(KithDbContext db, TimeProvider clock)
{
    /// <summary>Writing "last used" on every call would turn each read into a write; once a minute is enough to tell.</summary>
    public static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(1);

    public async Task<NewApiToken> CreateAsync(ApiTokenInput input, CancellationToken ct = default)
    {
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name))
            throw ValidationFailedException.For(nameof(input.Name), "Name the token after where it will be used, e.g. \"laptop CLI\".");
        if (name.Length > 100)
            throw ValidationFailedException.For(nameof(input.Name), "Use at most 100 characters.");
        var userId = await db.Users.Where(u => u.AccountId == db.CurrentAccountId).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct)
            ?? throw ValidationFailedException.For(nameof(input.Name), "API tokens belong to a signed-in user, and this account has none: run Kith with accounts to use them.");

        var secret = Secrets.NewApiToken();
        var token = new ApiToken
        {
            UserId = userId,
            Name = name,
            Prefix = secret[..Secrets.ShownPrefixLength],
            SecretHash = Secrets.Hash(secret),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return new NewApiToken(View(token), secret);
    }

    /// <summary>The account's tokens, newest first, revoked ones included so their history stays visible.</summary>
    public async Task<IReadOnlyList<ApiTokenView>> ListAsync(CancellationToken ct = default)
    {
        var tokens = await db.ApiTokens.AsNoTracking().OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).ToListAsync(ct);
        return tokens.Select(View).ToList();
    }

    /// <summary>Stops a token working at once. Revoking a revoked token changes nothing.</summary>
    public async Task<ApiTokenView> RevokeAsync(int id, CancellationToken ct = default)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw new NotFoundException("API token", id);
        token.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return View(token);
    }

    /// <summary>
    /// Whom a presented token acts for, or null for anything that is not a live token. Reads across
    /// accounts (the caller does not know the account yet), so it takes the context explicitly.
    /// </summary>
    public static async Task<TokenIdentity?> AuthenticateAsync(KithDbContext db, string? presented, DateTime now, CancellationToken ct = default)
    {
        if (presented is null || !presented.StartsWith(Secrets.TokenPrefix, StringComparison.Ordinal) || presented.Length > 200)
            return null;
        var hash = Secrets.Hash(presented);
        var found = await db.ApiTokens.IgnoreQueryFilters().AsNoTracking()
            .Where(t => t.SecretHash == hash && t.RevokedAt == null)
            .Select(t => new { t.Id, t.UserId, t.AccountId, t.LastUsedAt })
            .FirstOrDefaultAsync(ct);
        if (found is null)
            return null;
        if (found.LastUsedAt is not { } last || now - last >= LastUsedPrecision)
        {
            await db.ApiTokens.IgnoreQueryFilters().Where(t => t.Id == found.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), ct);
        }
        return new TokenIdentity(found.Id, found.UserId, found.AccountId);
    }

    private static ApiTokenView View(ApiToken t) => new(t.Id, t.Name, t.Prefix, t.CreatedAt, t.LastUsedAt, t.RevokedAt);
}
