using Kith.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Kith.Core.Data;

/// <summary>
/// Hands out <see cref="KithDbContext"/>s from EF's context pool. A fresh context cost about
/// 120 µs, and its first query about 75 µs more, on every request and every benchmark call
/// (measured in docs/performance.md); a pooled one is reset, not rebuilt. Every rent binds the
/// context to the caller's account, so a context never carries a previous request's account.
/// </summary>
public sealed class KithContextPool(DbContextOptions<KithDbContext> options)
{
    private readonly PooledDbContextFactory<KithDbContext> _pool = new(options);

    /// <summary>A context bound to <paramref name="account"/>; disposing it returns it to the pool.</summary>
    public KithDbContext Rent(ICurrentAccount? account)
    {
        var db = _pool.CreateDbContext();
        db.Account = account;
        return db;
    }
}
