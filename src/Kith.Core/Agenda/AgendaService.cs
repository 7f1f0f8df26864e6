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

        // Two index range scans: IX_People_Agenda on people, which holds each cadence's ranking line
        // (Person.RankSlope, RankOffset) so the database picks the most pressing of tens of thousands
        // of due cadences from the index alone, and (AccountId, DoneAt, DueOn) on follow-ups.
        var cadences = await DueCadencesAsync(until, restedSince, today, zone, ct);

        var followUps = await db.FollowUps.AsNoTracking()
            .Where(f => f.DoneAt == null && f.DueOn <= until)
            .Select(f => new { f.Id, f.PersonId, f.Person.FirstName, f.Person.LastName, f.Person.Roles, f.Description, f.DueOn })
            .ToListAsync(ct);

        // Score every candidate cheaply, then build reasons only for the items that will be shown.
        var scored = new List<Candidate>(cadences.Count + followUps.Count);
        foreach (var (p, cadence, last, score) in cadences)
        {
            var name = PeopleService.Name(p.FirstName, p.LastName);
            scored.Add(new Candidate(score, p.NextDueOn, name, () => new AgendaItem(
                AgendaItemKind.Cadence, p.Id, name, p.Roles.Each(),
                AgendaRules.CadenceReason(cadence, last, p.MetOn, p.SnoozedUntil, p.NextDueOn, today),
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

    /// <summary>
    /// The due cadences that can make the agenda, exactly scored. The database orders them by their
    /// ranking line for today and returns the first <see cref="CadenceWindow"/>; that is enough when
    /// the last of the <see cref="MaxItems"/> best scores beats anything past the window could score
    /// (its line value, plus rounding). Otherwise, as when hundreds tie at the cut, every due cadence
    /// is read and scored, as before the ranking line existed.
    /// </summary>
    private async Task<List<ScoredCadence>> DueCadencesAsync(DateOnly until, DateTime restedSince, DateOnly today, TimeZoneInfo zone, CancellationToken ct)
    {
        var due = db.People.AsNoTracking()
            .Where(p => p.NextDueOn != null && p.NextDueOn <= until)
            .Where(p => p.LastInteractionAt == null || p.LastInteractionAt < restedSince);
        double day = today.DayNumber;
        // The window's ids come from the index alone (it ends with the id, for PostgreSQL's index-only
        // scan); only those rows are read, and put back in the line's order here.
        var ids = due.OrderByDescending(p => p.RankSlope * day - p.RankOffset).ThenBy(p => p.Id).Select(p => p.Id).Take(CadenceWindow + 1);
        var window = (await Project(db.People.AsNoTracking().Where(p => ids.Contains(p.Id))).ToListAsync(ct))
            .OrderByDescending(p => p.RankSlope * day - p.RankOffset).ThenBy(p => p.Id).ToList();
        if (window.Count <= CadenceWindow)
            return Score(window, today, zone);

        var beyond = window[CadenceWindow].RankSlope * day - window[CadenceWindow].RankOffset;
        var scored = Score(window.Take(CadenceWindow), today, zone);
        var cut = scored.Select(c => c.Score).OrderDescending().ElementAt(MaxItems - 1);
        if (beyond is { } limit && cut > limit + RankTolerance)
            return scored;
        return Score(await Project(due).ToListAsync(ct), today, zone);
    }

    private static IQueryable<DueCadence> Project(IQueryable<Person> people) =>
        people.Select(p => new DueCadence(p.Id, p.FirstName, p.LastName, p.NextDueOn!.Value, p.OverdueOn!.Value, p.SnoozedUntil,
            p.LastInteractionAt, p.CadenceEvery!.Value, p.CadenceMax, p.CadenceUnit, p.Roles, p.MetOn, p.RankSlope, p.RankOffset));

    private static List<ScoredCadence> Score(IEnumerable<DueCadence> rows, DateOnly today, TimeZoneInfo zone) =>
        rows.Select(p =>
        {
            var cadence = new Cadence(p.Every, p.Max ?? p.Every, p.Unit);
            DateOnly? last = p.LastInteractionAt is { } l ? LocalTime.DayOf(l, zone) : null;
            var score = Math.Round(AgendaRules.CadenceLateness(cadence, last ?? p.MetOn, p.NextDueOn, today) * AgendaRules.RoleWeight(p.Roles), 3);
            return new ScoredCadence(p, cadence, last, score);
        }).ToList();

    /// <summary>How many due cadences the database ranks before the exact scores are checked.</summary>
    private const int CadenceWindow = MaxItems * 2;

    /// <summary>Scores are rounded to three decimals; the line is computed in floating point.</summary>
    private const double RankTolerance = 0.001;

    /// <summary>A due cadence as the agenda reads it.</summary>
    private sealed record DueCadence(int Id, string FirstName, string? LastName, DateOnly NextDueOn, DateOnly OverdueOn, DateOnly? SnoozedUntil,
        DateTime? LastInteractionAt, int Every, int? Max, CadenceUnit Unit, PersonRoles Roles, DateOnly? MetOn, double? RankSlope, double? RankOffset);

    private sealed record ScoredCadence(DueCadence Row, Cadence Cadence, DateOnly? Last, double Score);

    /// <summary>An agenda entry scored cheaply; its reason is built only if it makes the cut.</summary>
    private readonly record struct Candidate(double Score, DateOnly DueOn, string Name, Func<AgendaItem> Build);
}
