using System.Linq.Expressions;
using Kith.Core.Common;
using Kith.Core.KeepInTouch;
using Kith.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.Plan;

/// <summary>
/// Suggesting people for open slots without reading everyone. Each pool is read from the top of its
/// order, a few dozen people at a time, from four index walks:
/// <list type="bullet">
/// <item>maintaining, with a cadence: by the day they come due (the agenda's index);</item>
/// <item>maintaining, without a cadence but more than lightly known: by the last contact, from a year ago on;</item>
/// <item>expanding, met at least once: by score, then the last contact;</item>
/// <item>expanding, never met: by score, then the day we were introduced.</item>
/// </list>
/// Names break ties in code (culture-aware), so each walk's last day is read whole or not used. When
/// no one in the part read is free for a week, the walks read four times as far and the rules run
/// again; the answer is always the one ranking everyone would give
/// (<see cref="PlanRules.Suggest(IReadOnlyList{PlanRules.Occurrence}, IReadOnlyList{PlanRules.Candidate}, string?, int, DateOnly)"/>).
/// </summary>
public sealed partial class PlanService
{
    /// <summary>How many people each walk reads at first.</summary>
    internal const int FirstFetch = 48;

    /// <summary>What the plan reads of a person: one narrow row.</summary>
    private sealed record Row(
        int Id, string FirstName, string? LastName, DateTime? Last, DateTime? Previous, DateOnly? MetOn, DateOnly? NextDueOn,
        int? Every, int? Max, CadenceUnit Unit, string? Department, RelativeLevel Level, EmployerRelation Employer, PersonRoles Roles);

    private static readonly Expression<Func<Person, Row>> AsRow = p => new Row(
        p.Id, p.FirstName, p.LastName, p.LastInteractionAt, p.PreviousInteractionAt, p.MetOn, p.NextDueOn,
        p.CadenceEvery, p.CadenceMax, p.CadenceUnit, p.Department, p.Level, p.Employer, p.Roles);

    /// <summary>Where the year of contacts starts and how far back a free person's last contact lies.</summary>
    private sealed record Bounds(DateTime YearAgo, DateOnly LatestFree, DateTime FreeBefore, TimeZoneInfo Zone, DateOnly Today);

    private async Task<IReadOnlyList<PlanRules.Suggestion>> SuggestAsync(IReadOnlyList<PlanRules.Occurrence> upcoming, string? myDepartment,
        int rotationWeeks, DateOnly today, TimeZoneInfo zone, int firstFetch, CancellationToken ct)
    {
        var yearAgo = LocalTime.StartOfDay(today.AddYears(-1), zone);
        var decided = upcoming.Where(o => o.PersonId is not null).Select(o => o.PersonId!.Value).Distinct().ToList();
        var known = decided.Count == 0 ? new Dictionary<int, PlanRules.Candidate>()
            : (await db.People.AsNoTracking().Where(p => !p.IsMe && decided.Contains(p.Id)).Select(AsRow).ToListAsync(ct))
                .Select(r => Candidate(r, yearAgo, zone)).ToDictionary(c => c.Id);
        var open = upcoming.Where(o => o.Status == SlotStatus.Open).ToList();
        if (open.Count == 0)
            return PlanRules.Suggest(upcoming, new PlanRules.Pools([], true, [], true), known, myDepartment, rotationWeeks)!;

        // Nobody whose last contact is within the rotation of the last open week can be suggested for any week.
        var latestFree = open.Max(o => o.On).AddDays(-7 * rotationWeeks);
        var bounds = new Bounds(yearAgo, latestFree, LocalTime.StartOfDay(latestFree.AddDays(1), zone), zone, today);
        var myKey = Person.DepartmentKeyOf(myDepartment);
        for (var take = firstFetch; ; take *= 4)
        {
            var pools = await PoolsAsync(bounds, myKey, myDepartment, take, ct);
            if (PlanRules.Suggest(upcoming, pools, known, myDepartment, rotationWeeks) is { } suggestions)
                return suggestions;
        }
    }

    /// <summary>The first part of each pool, in the rules' order, from up to <paramref name="take"/> rows per walk.</summary>
    private async Task<PlanRules.Pools> PoolsAsync(Bounds b, string myKey, string? myDepartment, int take, CancellationToken ct)
    {
        var people = db.People.AsNoTracking().Where(p => !p.IsMe);
        var score = ExpandingScore(b.YearAgo, myKey);

        // Each walk picks its ids from the index alone; only those rows are then read from the table.
        var withCadence = await ReadAsync(people
            .Where(p => p.NextDueOn != null
                && (p.LastInteractionAt != null ? p.LastInteractionAt < b.FreeBefore : p.MetOn == null || p.MetOn <= b.LatestFree))
            .OrderBy(p => p.NextDueOn), take, ct);
        var wellKnown = await ReadAsync(people
            .Where(p => p.NextDueOn == null && p.LastInteractionAt >= b.YearAgo && p.LastInteractionAt < b.FreeBefore && p.PreviousInteractionAt >= b.YearAgo)
            .OrderBy(p => p.LastInteractionAt), take, ct);
        var lightlyKnown = await ReadAsync(people
            .Where(p => p.NextDueOn == null && p.LastInteractionAt != null && p.LastInteractionAt < b.FreeBefore
                && (p.PreviousInteractionAt == null || p.PreviousInteractionAt < b.YearAgo))
            .OrderByDescending(score).ThenBy(p => p.LastInteractionAt), take, ct);
        var neverMet = await ReadAsync(people
            .Where(p => p.NextDueOn == null && p.LastInteractionAt == null && (p.MetOn == null || p.MetOn <= b.LatestFree))
            .OrderByDescending(score).ThenBy(p => p.MetOn != null).ThenBy(p => p.MetOn), take, ct);

        var (maintaining, maintainingComplete) = Prefix(take, b,
            c => (0, PlanRules.MaintainingKey(c, b.Today)), withCadence, wellKnown);
        var (expanding, expandingComplete) = Prefix(take, b,
            c => (-(int)Math.Round(2 * PlanRules.ExpandingScore(c, myDepartment)), c.LastContactOn ?? DateOnly.MinValue), lightlyKnown, neverMet);
        return PlanRules.Rank(maintaining.Concat(expanding), myDepartment, b.Today, maintainingComplete, expandingComplete);
    }

    /// <summary>The first <paramref name="take"/> people of a walk, in no particular order (<see cref="Prefix"/> needs none).</summary>
    private Task<List<Row>> ReadAsync(IQueryable<Person> walk, int take, CancellationToken ct)
    {
        var ids = walk.Select(p => p.Id).Take(take);
        return db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(AsRow).ToListAsync(ct);
    }

    /// <summary>
    /// The people of a pool's walks that surely come before anyone not read: each walk that stopped at
    /// <paramref name="take"/> rows may have more people on its last key (the largest it read), so only
    /// keys before the smallest such last key count. The pool is complete when every walk ran out.
    /// </summary>
    private static (List<PlanRules.Candidate> People, bool Complete) Prefix(int take, Bounds b,
        Func<PlanRules.Candidate, (int, DateOnly)> key, params List<Row>[] walks)
    {
        var read = walks.Select(w => w.Select(r => Candidate(r, b.YearAgo, b.Zone)).ToList()).ToList();
        var cut = read.Where((w, i) => walks[i].Count == take).Select(w => w.Max(key)).DefaultIfEmpty((int.MaxValue, DateOnly.MaxValue)).Min();
        var complete = walks.All(w => w.Count < take);
        return (read.SelectMany(w => w).Where(c => complete || key(c).CompareTo(cut) < 0).ToList(), complete);
    }

    /// <summary><see cref="PlanRules.ExpandingScore"/> doubled (whole numbers) as the database computes it.</summary>
    private static Expression<Func<Person, int>> ExpandingScore(DateTime yearAgo, string myKey) => myKey.Length == 0
        ? p => (p.LastInteractionAt == null || p.LastInteractionAt < yearAgo ? 2 : 1)
            + (p.Level == RelativeLevel.MoreSenior || p.Level == RelativeLevel.MoreJunior ? 2 : 0)
            + (p.Employer == EmployerRelation.Outside ? 2 : 0)
        : p => (p.LastInteractionAt == null || p.LastInteractionAt < yearAgo ? 2 : 1)
            + (p.DepartmentKey != "" && p.DepartmentKey != myKey ? 2 : 0)
            + (p.Level == RelativeLevel.MoreSenior || p.Level == RelativeLevel.MoreJunior ? 2 : 0)
            + (p.Employer == EmployerRelation.Outside ? 2 : 0);

    /// <summary>A row as the rules see it; only whether there were 0, 1 or more contacts in the year matters to them.</summary>
    private static PlanRules.Candidate Candidate(Row r, DateTime yearAgo, TimeZoneInfo zone) => new(
        r.Id, PeopleService.Name(r.FirstName, r.LastName),
        r.Last is { } last ? LocalTime.DayOf(last, zone) : r.MetOn,
        r.NextDueOn,
        r.Every is { } every ? new Cadence(every, r.Max ?? every, r.Unit).Describe() : null,
        r.Department, r.Level, r.Employer, r.Roles,
        r.Last >= yearAgo ? r.Previous >= yearAgo ? 2 : 1 : 0);
}
