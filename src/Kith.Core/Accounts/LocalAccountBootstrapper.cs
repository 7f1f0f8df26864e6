using Kith.Core.Data;
using Kith.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.Accounts;

/// <summary>
/// Makes sure the single local account and its "me" person exist, so that the app and the CLI
/// open straight into a usable database.
/// </summary>
public static class LocalAccountBootstrapper
{
    public const string LocalAccountName = "local";

    public static async Task<int> EnsureLocalAccountAsync(KithDbContext db, TimeProvider clock, CancellationToken ct = default)
    {
        var existing = await db.Accounts.Where(a => a.Name == LocalAccountName).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
        if (existing is { } id)
            return id;

        var now = clock.GetUtcNow().UtcDateTime;
        var account = new Account { Name = LocalAccountName, TimeZoneId = TimeZoneInfo.Local.Id, CreatedAt = now };
        db.Accounts.Add(account);
        await db.SaveChangesAsync(ct);

        db.People.Add(new Person
        {
            AccountId = account.Id,
            FirstName = "Me",
            IsMe = true,
            CreatedAt = now,
            UpdatedAt = now,
        });
        await db.SaveChangesAsync(ct);
        return account.Id;
    }
}
