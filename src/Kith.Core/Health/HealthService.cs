using Kith.Core.Common;
using Kith.Core.Data;
using Kith.Core.Interactions;
using Kith.Core.Mentoring;
using Kith.Core.People;
using Kith.Core.Plan;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.Health;

/// <summary>
/// Network health: whom I know by role, department, level and employer; how strong the ties are;
/// gives against asks; weeks kept; and what to do about the gaps. A few grouped queries, none per person.
/// </summary>
public sealed class HealthService(KithDbContext db, AccountClock clock, PlanService plans, HealthSnapshots snapshots)
{
    public const int TopDepartments = 8;
    public const int RecentDays = 90;
    public const int TopBalances = 20;

    /// <summary>
    /// The view as of now. Computed afresh only when the account's data changed since the last one
    /// (or the day turned), and once however many ask at the same time: see <see cref="HealthSnapshots"/>.
    /// </summary>
    public async Task<HealthView> GetAsync(CancellationToken ct = default)
    {
        // Read before computing: a change saved meanwhile moves the version on, so the next view recomputes.
        var version = await db.DataVersionAsync(ct);
        var zone = await clock.ZoneAsync(ct);
        var today = await clock.TodayAsync(ct);
        // Not cancelled with this request: others may be waiting for the same view. This request's
        // scope (and its context) lasts until the computation ends, because it waits for it.
        return await snapshots.GetAsync(db.CurrentAccountId, version, today, zone.Id, () => ComputeAsync(zone, today, CancellationToken.None));
    }

    private async Task<HealthView> ComputeAsync(TimeZoneInfo zone, DateOnly today, CancellationToken ct)
    {
        var yearAgo = LocalTime.StartOfDay(today.AddYears(-1), zone);
        var recentFrom = LocalTime.StartOfDay(today.AddDays(-RecentDays), zone);
        var me = await db.People.AsNoTracking().Where(p => p.IsMe).Select(p => new { p.Id, p.Department }).FirstAsync(ct);
        var others = db.People.AsNoTracking().Where(p => !p.IsMe);

        // One pass over the people, grouped by everything the page counts them by (a few hundred groups),
        // instead of one scan per count.
        var groups = await others.GroupBy(p => new { p.Roles, p.Department, p.Level, p.Employer })
            .Select(g => new { g.Key.Roles, g.Key.Department, g.Key.Level, g.Key.Employer, Count = g.Count() })
            .ToListAsync(ct);
        var total = groups.Sum(g => g.Count);

        // Tie strength from each person's last contact and their number of contacts in the last year
        // (HealthRules), scored and counted in the database: a score is a comparison with a moment
        // (the start of the local day 30, 90 or 365 days ago), so no person's row comes back.
        var recent3 = LocalTime.StartOfDay(today.AddDays(-HealthRules.Recent3), zone);
        var recent2 = LocalTime.StartOfDay(today.AddDays(-HealthRules.Recent2), zone);
        var recent1 = LocalTime.StartOfDay(today.AddDays(-HealthRules.Recent1), zone);
        var lastYear = db.InteractionParticipants.Where(p => p.OccurredAt >= yearAgo)
            .GroupBy(p => p.PersonId).Select(g => new { PersonId = g.Key, Count = g.Count() });
        var scores = await others
            .LeftJoin(lastYear, p => p.Id, c => c.PersonId, (p, c) => new { p.LastInteractionAt, Contacts = (int?)c!.Count })
            .Select(x => new
            {
                Recency = x.LastInteractionAt >= recent3 ? 3 : x.LastInteractionAt >= recent2 ? 2 : x.LastInteractionAt >= recent1 ? 1 : 0,
                Frequency = x.Contacts >= HealthRules.Frequent3 ? 3 : x.Contacts >= HealthRules.Frequent2 ? 2 : x.Contacts >= HealthRules.Frequent1 ? 1 : 0,
            })
            .GroupBy(x => new { x.Recency, x.Frequency })
            .Select(g => new { g.Key.Recency, g.Key.Frequency, Count = g.Count() })
            .ToListAsync(ct);
        var strength = scores.GroupBy(x => HealthRules.Strength(x.Recency, x.Frequency)).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));

        var exchanges = await db.Interactions.AsNoTracking().Where(i => i.OccurredAt >= yearAgo)
            .GroupBy(i => i.Exchange).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        // From last year's gives and asks (an index range) to each person's counts, grouped by id
        // alone; names are joined to the groups, not to every interaction, and only the top are read.
        // The account's filter is written out on the interactions and left off their participants
        // (who are always in the interaction's account): with it, each of some 100,000 participants
        // was a table lookup for its account instead of a read of the (InteractionId, PersonId) key.
        var accountId = db.CurrentAccountId;
        var balances = (await db.Interactions.IgnoreQueryFilters().AsNoTracking()
                .Where(i => i.AccountId == accountId && i.OccurredAt >= yearAgo && i.Exchange != Exchange.Neither)
                .Join(db.InteractionParticipants, i => i.Id, p => p.InteractionId, (i, p) => new { p.PersonId, i.Exchange, i.OccurredAt })
                .GroupBy(x => x.PersonId)
                .Select(g => new
                {
                    PersonId = g.Key,
                    Gave = g.Count(x => x.Exchange == Exchange.Gave),
                    Asked = g.Count(x => x.Exchange == Exchange.Asked),
                    FirstAsk = g.Where(x => x.Exchange == Exchange.Asked).Min(x => (DateTime?)x.OccurredAt),
                })
                .Join(db.People, g => g.PersonId, p => p.Id, (g, p) => new { g.PersonId, g.Gave, g.Asked, g.FirstAsk, p.FirstName, p.LastName, p.SortKey })
                .OrderByDescending(x => x.Asked - x.Gave).ThenBy(x => x.SortKey).ThenBy(x => x.PersonId)
                .Take(TopBalances)
                .ToListAsync(ct))
            .Select(x => new PersonBalance(x.PersonId, PeopleService.Name(x.FirstName, x.LastName), x.Gave, x.Asked,
                x.FirstAsk is { } first ? LocalTime.DayOf(first, zone) : null))
            .ToList();

        // Adherence only: suggesting someone for this week's slots would rank every person.
        var plan = await plans.KeepingAsync(ct);
        var view = new HealthView(total,
            Enum.GetValues<PersonRoles>().Where(r => r != PersonRoles.None)
                .Select(r => new HealthCount(Vocabulary.Token(r), groups.Where(g => g.Roles.HasFlag(r)).Sum(g => g.Count))).ToList(),
            Departments(groups.GroupBy(g => g.Department).Select(d => (d.Key, d.Sum(g => g.Count)))),
            // Every bar is drawn, zero ones included, with "unknown" last.
            Enum.GetValues<RelativeLevel>().OrderBy(l => l == RelativeLevel.Unknown).ThenBy(l => l)
                .Select(l => new HealthCount(Vocabulary.Token(l), groups.Where(g => g.Level == l).Sum(g => g.Count))).ToList(),
            Enum.GetValues<EmployerRelation>().OrderBy(e => e == EmployerRelation.Unknown).ThenBy(e => e)
                .Select(e => new HealthCount(Vocabulary.Token(e), groups.Where(g => g.Employer == e).Sum(g => g.Count))).ToList(),
            Enum.GetValues<TieStrength>().Reverse().Select(s => new HealthCount(Vocabulary.Token(s), strength.GetValueOrDefault(s))).ToList(),
            new GiveAsk(exchanges.GetValueOrDefault(Exchange.Gave), exchanges.GetValueOrDefault(Exchange.Asked), exchanges.GetValueOrDefault(Exchange.Neither)),
            balances, plan.Last8Weeks, plan.Last26Weeks, plan.Streak, []);

        return view with { Recommendations = await RecommendAsync(view, me.Department, strength, plan, recentFrom, today, ct) };
    }

    private async Task<List<Recommendation>> RecommendAsync(HealthView view, string? myDepartment, Dictionary<TieStrength, int> strength,
        PlanKeeping plan, DateTime recentFrom, DateOnly today, CancellationToken ct)
    {
        var list = new List<Recommendation>();
        if (view.People == 0)
        {
            list.Add(new("no-people", "Your network is empty here. Add the people you know, starting with colleagues in other departments.", "/people/new"));
            return list;
        }

        var recent = db.InteractionParticipants.AsNoTracking().Where(p => p.OccurredAt >= recentFrom);
        if (view.ByEmployer.FirstOrDefault(e => e.Label == "outside") is not { Value: > 0 })
            list.Add(new("no-outside-recently", "Nobody in your network is recorded as outside your employer. Add people in your field elsewhere: former colleagues, peers at other firms.", "/people?employer=outside"));
        else if (!await recent.AnyAsync(p => p.Person.Employer == EmployerRelation.Outside, ct))
            list.Add(new("no-outside-recently", $"No one outside your employer in the last {RecentDays} days. Reach out to a former colleague or a peer in your field.", "/people?employer=outside"));

        var chain = await BossRule.LoadAsync(db, ct);
        var chainIds = new[] { chain.BossId ?? 0, chain.BossesBossId ?? 0 };
        if (!await recent.AnyAsync(p => p.Person.Level == RelativeLevel.MoreSenior && !chainIds.Contains(p.PersonId), ct))
            list.Add(new("no-senior-outside-chain", $"No one more senior outside your reporting line in the last {RecentDays} days. A senior person elsewhere sees further ahead.", "/people?level=more-senior"));

        foreach (var b in view.Balances.Where(b => b.Asked >= 3 && b.Gave == 0 && b.FirstAskOn is not null).Take(3))
            list.Add(new("asks-no-gives", HealthRules.AsksNoGives(b.Name, b.Asked, b.FirstAskOn!.Value, today), $"/people/{b.PersonId}", b.PersonId));
        if (view.LastYear.Asked > view.LastYear.Gave && view.LastYear.Asked >= 3)
            list.Add(new("asking-more", $"In the last year you asked {view.LastYear.Asked} times and gave {view.LastYear.Gave}. Keep in touch without asking: share, congratulate, introduce."));

        var withDepartment = view.ByDepartment.Where(d => d.Label is not "no department" and not "other").ToList();
        var known = view.ByDepartment.Where(d => d.Label != "no department").Sum(d => d.Value);
        if (known >= 10 && withDepartment.FirstOrDefault() is { } top && top.Value * 10 > known * 6)
            list.Add(new("one-department", $"{top.Value} of the {known} people whose department you know are in {top.Label}. Meet someone in another department.",
                string.Equals(top.Label, myDepartment, StringComparison.OrdinalIgnoreCase) ? null : "/people"));

        if (view.People >= 10 && strength.GetValueOrDefault(TieStrength.Strong) < 3)
            list.Add(new("few-strong", strength.GetValueOrDefault(TieStrength.Strong) switch
            {
                0 => "No strong ties yet. Pick a few people and set a keep-in-touch cadence with them.",
                1 => "Only one strong tie. Pick a few more people and set a keep-in-touch cadence with them.",
                var n => $"Only {HealthRules.Words(n)} strong ties. Pick a few more people and set a keep-in-touch cadence with them.",
            }, "/people"));

        if (plan.RunningSlots == 0)
            list.Add(new("no-slots", "No time is set aside for your network. Add a weekly slot, say one lunch a week with a different colleague.", "/plan"));
        else if (plan.Last8Weeks.Scheduled > 0 && plan.Last8Weeks.WeeksKept * 2 < Math.Min(8, plan.Last8Weeks.Scheduled))
            list.Add(new("weeks-kept", $"You kept your networking time in {plan.Last8Weeks.WeeksKept} of the last 8 weeks. Keep the next one, even if short.", "/plan"));

        if (!await db.Mentorships.AnyAsync(m => m.Status == MentorshipStatus.Active, ct))
            list.Add(new("no-mentors", "You have no active mentor. Several mentors, none of them your boss, cover more of your goals.", "/board"));
        return list;
    }

    private static List<HealthCount> Departments(IEnumerable<(string? Name, int Count)> rows)
    {
        // Departments typed differently ("sales", "Sales ") count as one, under the spelling most people
        // have ("Sales" before "sales" when as many have each).
        var merged = rows.GroupBy(r => r.Name?.Trim().ToLowerInvariant() ?? "")
            .Select(g => (Name: g.Key == "" ? null : g.OrderByDescending(x => x.Count).ThenBy(x => x.Name, StringComparer.Ordinal).First().Name!.Trim(),
                Count: g.Sum(x => x.Count)))
            .ToList();
        var named = merged.Where(m => m.Name is not null).OrderByDescending(m => m.Count).ThenBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
        var result = named.Take(TopDepartments).Select(m => new HealthCount(m.Name!, m.Count)).ToList();
        if (named.Count > TopDepartments)
            result.Add(new HealthCount("other", named.Skip(TopDepartments).Sum(m => m.Count)));
        if (merged.FirstOrDefault(m => m.Name is null) is { Count: > 0 } none)
            result.Add(new HealthCount("no department", none.Count));
        return result;
    }
}
