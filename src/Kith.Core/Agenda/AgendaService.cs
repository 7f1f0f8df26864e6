using Kith.Core.Common;
using Kith.Core.Data;
using Kith.Core.KeepInTouch;
using Kith.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.Agenda;

/// <summary>Whom to reach out to next, and why: due cadences and follow-ups, most pressing first.</summary>
public sealed partial class AgendaService(KithDbContext db, AccountClock clock)
{
    /// <summary>Enough for a dashboard; the rest waits for the next day.</summary>
    public const int MaxItems = 200;

    public async Task<AgendaView> GetAsync(AgendaWindow window, CancellationToken ct = default)
    {
        var zone = await clock.ZoneAsync(ct);
        var today = await clock.TodayAsync(ct);
        var until = AgendaRules.WindowEnd(window, today);
        // Resting is by calendar day in the user's zone: contact on any of the last RestDays days (today included) hides a cadence.
        var restedSince = LocalTime.StartOfDay(today.AddDays(1 - AgendaRules.RestDays), zone);

        // Two index range scans: IX_People_Agenda (which holds every column the score needs, so no
        // table row is read for the tens of thousands of due cadences a large network has) and
        // (AccountId, DoneAt, DueOn) on follow-ups.
        var cadences = await db.People.AsNoTracking()
            .Where(p => p.NextDueOn != null && p.NextDueOn <= until)
            .Where(p => p.LastInteractionAt == null || p.LastInteractionAt < restedSince)
            .Select(p => new DueCadence(p.Id, p.NextDueOn!.Value, p.LastInteractionAt, p.CadenceEvery!.Value, p.CadenceMax, p.CadenceUnit, p.Roles, p.MetOn))
            .ToListAsync(ct);

        var followUps = await db.FollowUps.AsNoTracking()
            .Where(f => f.DoneAt == null && f.DueOn <= until)
            .Select(f => new { f.Id, f.PersonId, f.Person.FirstName, f.Person.LastName, f.Person.Roles, f.Description, f.DueOn })
            .ToListAsync(ct);

        // Score every candidate cheaply, then build reasons only for the items that will be shown.
        var scored = new List<Candidate>(Math.Min(cadences.Count, MaxItems * 2) + followUps.Count);
        await AddCadencesAsync(scored, cadences, today, zone, ct);
        foreach (var f in followUps)
        {
            var score = Math.Round(AgendaRules.FollowUpLateness(f.DueOn, today) * AgendaRules.RoleWeight(f.Roles), 3);
            var name = PeopleService.Name(f.FirstName, f.LastName);
            scored.Add(new Candidate(score, f.DueOn, name, () => new AgendaItem(
                AgendaItemKind.FollowUp, f.PersonId, name, f.Roles.Each(),
                AgendaRules.FollowUpReason(f.Description, f.DueOn, today),
                f.DueOn, AgendaRules.FollowUpUrgency(f.DueOn, today), score, f.Id, f.Description)));
        }

        await AddMentoringAsync(scored, today, until, zone, ct);

        var ranked = scored
            .OrderByDescending(i => i.Score)
            .ThenBy(i => i.DueOn)
            .ThenBy(i => i.Name, StringComparer.OrdinalIgnoreCase)
            .Take(MaxItems)
            .Select(i => i.Build())
            .ToList();
        return new AgendaView(today, until, window, ranked);
    }

    /// <summary>
    /// Scores every due cadence from the index columns, keeps those that can still make the cut (the
    /// best <see cref="MaxItems"/>, and any tied with the last of them, since names break ties), and
    /// reads names, snoozes and overdue days for those only.
    /// </summary>
    private async Task AddCadencesAsync(List<Candidate> scored, List<DueCadence> due, DateOnly today, TimeZoneInfo zone, CancellationToken ct)
    {
        var ranked = due.Select(p =>
            {
                var cadence = new Cadence(p.Every, p.Max ?? p.Every, p.Unit);
                DateOnly? last = p.LastInteractionAt is { } l ? LocalTime.DayOf(l, zone) : null;
                var score = Math.Round(AgendaRules.CadenceLateness(cadence, last ?? p.MetOn, p.NextDueOn, today) * AgendaRules.RoleWeight(p.Roles), 3);
                return (Row: p, Cadence: cadence, Last: last, Score: score);
            })
            .OrderByDescending(c => c.Score).ThenBy(c => c.Row.NextDueOn)
            .ToList();
        if (ranked.Count > MaxItems)
        {
            var cut = ranked[MaxItems - 1];
            ranked = ranked.TakeWhile(c => c.Score > cut.Score || (c.Score == cut.Score && c.Row.NextDueOn <= cut.Row.NextDueOn)).ToList();
        }

        var ids = ranked.Select(c => c.Row.Id).ToList();
        var details = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.FirstName, p.LastName, p.SnoozedUntil, OverdueOn = p.OverdueOn!.Value })
            .ToDictionaryAsync(p => p.Id, ct);
        foreach (var (p, cadence, last, score) in ranked)
        {
            // A person deleted between the two reads is simply not shown.
            if (!details.TryGetValue(p.Id, out var d)) continue;
            var name = PeopleService.Name(d.FirstName, d.LastName);
            scored.Add(new Candidate(score, p.NextDueOn, name, () => new AgendaItem(
                AgendaItemKind.Cadence, p.Id, name, p.Roles.Each(),
                AgendaRules.CadenceReason(cadence, last, p.MetOn, d.SnoozedUntil, p.NextDueOn, today),
                p.NextDueOn, AgendaRules.CadenceUrgency(p.NextDueOn, d.OverdueOn, today), score, null, null)));
        }
    }

    /// <summary>A due cadence as the agenda's index holds it.</summary>
    private sealed record DueCadence(int Id, DateOnly NextDueOn, DateTime? LastInteractionAt, int Every, int? Max, CadenceUnit Unit, PersonRoles Roles, DateOnly? MetOn);

    /// <summary>An agenda entry scored cheaply; its reason is built only if it makes the cut.</summary>
    private readonly record struct Candidate(double Score, DateOnly DueOn, string Name, Func<AgendaItem> Build);
}
