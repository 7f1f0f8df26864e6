using Kith.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.Mentoring;

/// <summary>Where a person sits relative to me in my reporting line.</summary>
public enum BossRelation
{
    None = 0,
    Boss = 1,
    BossesBoss = 2,
}

/// <summary>My boss and my boss's boss, derived from the org chart's reports-to edges (me → boss → boss's boss).</summary>
public sealed record BossChain(int? BossId, int? BossesBossId)
{
    public static readonly BossChain Empty = new(null, null);

    public BossRelation RelationOf(int? personId) =>
        personId is null ? BossRelation.None
        : personId == BossId ? BossRelation.Boss
        : personId == BossesBossId ? BossRelation.BossesBoss
        : BossRelation.None;
}

/// <summary>
/// My boss and my boss's boss are never my mentors: I need to speak candidly about my work and my
/// boss, and going over my boss's head to their manager is awkward for all three of us.
/// </summary>
public static class BossRule
{
    /// <summary>
    /// Follows the reports-to edges up from me. Only real people in the chain count: a loop back to
    /// me (which saving refuses, but imported data may hold) ends the chain rather than naming me my own boss.
    /// </summary>
    public static BossChain Chain(int meId, int? myBossId, int? bossReportsToId)
    {
        if (myBossId is not { } boss || boss == meId) return BossChain.Empty;
        var bossesBoss = bossReportsToId is { } b && b != meId && b != boss ? b : (int?)null;
        return new BossChain(boss, bossesBoss);
    }

    /// <summary>Two indexed lookups: my reports-to edge, then my boss's.</summary>
    public static async Task<BossChain> LoadAsync(KithDbContext db, CancellationToken ct)
    {
        var me = await db.People.Where(p => p.IsMe).Select(p => new { p.Id, p.ReportsToId }).FirstOrDefaultAsync(ct);
        if (me?.ReportsToId is not { } bossId) return BossChain.Empty;
        var bossReportsTo = await db.People.Where(p => p.Id == bossId).Select(p => p.ReportsToId).FirstOrDefaultAsync(ct);
        return Chain(me.Id, bossId, bossReportsTo);
    }

    /// <summary>Why this person cannot be my mentor, in words a user accepts; null when they can.</summary>
    public static string? Explain(BossRelation relation, string name) => relation switch
    {
        BossRelation.Boss =>
            $"{name} is your boss, and your boss cannot also be your mentor: a mentor is someone you can talk to candidly " +
            "about your work, your career and your boss, and your boss also judges your performance. Keep them as your manager and find mentors outside your reporting line.",
        BossRelation.BossesBoss =>
            $"{name} is your boss's boss. Having them as your mentor means going over your boss's head, which is awkward for all three of you " +
            "(and leaves your boss wondering what is said about them). Ask your boss or a connector to introduce you to someone outside your reporting line instead.",
        _ => null,
    };
}
