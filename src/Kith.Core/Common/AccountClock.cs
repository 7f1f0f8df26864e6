using Kith.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.Common;

/// <summary>"Now" and "today" for the current account, in its time zone.</summary>
public sealed class AccountClock(KithDbContext db, TimeProvider time)
{
    private TimeZoneInfo? _zone;

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public async Task<TimeZoneInfo> ZoneAsync(CancellationToken ct = default)
    {
        if (_zone is not null) return _zone;
        var id = await db.Accounts.Where(a => a.Id == db.CurrentAccountId).Select(a => a.TimeZoneId).FirstOrDefaultAsync(ct);
        _zone = id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
        return _zone;
    }

    public async Task<DateOnly> TodayAsync(CancellationToken ct = default) =>
        LocalTime.DayOf(UtcNow, await ZoneAsync(ct));
}
