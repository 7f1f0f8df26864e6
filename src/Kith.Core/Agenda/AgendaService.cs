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

        // Two index range scans: (AccountId, NextDueOn) on people and (AccountId, DoneAt, DueOn) on follow-ups.
        var cadences = await db.People.AsNoTracking()
            .Where(p => p.NextDueOn != null && p.NextDueOn <= until)
            .Where(p => p.LastInteractionAt == null || p.LastInteractionAt < restedSince)
            .Select(p => new
            {
                p.Id, p.FirstName, p.LastName, p.Roles, p.CadenceEvery, p.CadenceMax, p.CadenceUnit,
                p.LastInteractionAt, p.MetOn, p.SnoozedUntil, NextDueOn = p.NextDueOn!.Value, OverdueOn = p.OverdueOn!.Value,
            })
            .ToListAsync(ct);

        var followUps = await db.FollowUps.AsNoTracking()
            .Where(f => f.DoneAt == null && f.DueOn <= until)
            .Select(f => new { f.Id, f.PersonId, f.Person.FirstName, f.Person.LastName, f.Person.Roles, f.Description, f.DueOn })
            .ToListAsync(ct);

        // Score every candidate cheaply, then build reasons only for the items that will be shown.
        var scored = new List<Candidate>(cadences.Count + followUps.Count);
        foreach (var p in cadences)
        {
            var cadence = new Cadence(p.CadenceEvery!.Value, p.CadenceMax ?? p.CadenceEvery.Value, p.CadenceUnit);
            DateOnly? lastInteraction = p.LastInteractionAt is { } l ? LocalTime.DayOf(l, zone) : null;
            var score = Math.Round(AgendaRules.CadenceLateness(cadence, lastInteraction ?? p.MetOn, p.NextDueOn, today) * AgendaRules.RoleWeight(p.Roles), 3);
            var name = PeopleService.Name(p.FirstName, p.LastName);
            scored.Add(new Candidate(score, p.NextDueOn, name, () => new AgendaItem(
                AgendaItemKind.Cadence, p.Id, name, p.Roles.Each(),
                AgendaRules.CadenceReason(cadence, lastInteraction, p.MetOn, p.SnoozedUntil, p.NextDueOn, today),
                p.NextDueOn, AgendaRules.CadenceUrgency(p.NextDueOn, p.OverdueOn, today), score, null, null)));
        }
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

    /// <summary>An agenda entry scored cheaply; its reason is built only if it makes the cut.</summary>
    private readonly record struct Candidate(double Score, DateOnly DueOn, string Name, Func<AgendaItem> Build);
}
