using Kith.Core.Data;
using Kith.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.Accounts;

/// <summary>
/// Makes sure the single local account and its "me" person exist, so that the app and the CLI
/// open straight into a usable database. Safe to run on every start, and repairs a half-made account.
/// </summary>
public static class LocalAccountBootstrapper
{
    public const string LocalAccountName = "local";

    /// <param name="timeZoneId">The zone to use for "today"; null keeps the stored one (the machine's zone on first start).</param>
    public static async Task<int> EnsureLocalAccountAsync(KithDbContext db, TimeProvider clock, string? timeZoneId = null, CancellationToken ct = default)
    {
        if (timeZoneId is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out _))
            throw new ArgumentException($"Unknown time zone '{timeZoneId}'; use an IANA name such as Europe/Lisbon.", nameof(timeZoneId));

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var account = await db.Accounts.OrderBy(a => a.Id).FirstOrDefaultAsync(a => a.Name == LocalAccountName, ct);
        if (account is null)
        {
            account = new Account { Name = LocalAccountName, TimeZoneId = timeZoneId ?? TimeZoneInfo.Local.Id, CreatedAt = now };
            db.Accounts.Add(account);
            await db.SaveChangesAsync(ct);
        }
        else if (timeZoneId is not null && account.TimeZoneId != timeZoneId)
        {
            account.TimeZoneId = timeZoneId;
        }

        await AddMeIfMissingAsync(db, account.Id, now, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return account.Id;
    }

    /// <summary>Every account has its "me" person (the one whose network it is); adds it unless it exists. The caller saves.</summary>
    internal static async Task AddMeIfMissingAsync(KithDbContext db, int accountId, DateTime now, CancellationToken ct)
    {
        // The context may be bound to no account (start-up, registration), so the check names the account itself.
        if (await db.People.IgnoreQueryFilters().AnyAsync(p => p.AccountId == accountId && p.IsMe, ct))
            return;
        var me = new Person { AccountId = accountId, FirstName = "Me", IsMe = true, CreatedAt = now, UpdatedAt = now };
        me.RefreshSearchText();
        db.People.Add(me);
    }
}
