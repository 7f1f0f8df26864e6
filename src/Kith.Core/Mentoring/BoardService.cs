using Kith.Core.Common;
using Kith.Core.Data;
using Kith.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.Mentoring;

/// <summary>
/// My personal board of mentors: my goals' areas against my mentors, the gaps, people from my
/// network who could fill them, and what the board as a whole lacks.
/// </summary>
public sealed class BoardService(KithDbContext db, AccountClock clock)
{
    public const int SuggestionsPerArea = 5;

    public async Task<BoardView> GetAsync(CancellationToken ct = default)
    {
        var today = await clock.TodayAsync(ct);
        var chain = await BossRule.LoadAsync(db, ct);
        var me = await db.People.AsNoTracking().Where(p => p.IsMe).Select(p => new { p.Id, p.Department }).FirstAsync(ct);

        // Areas come from active goals and from current mentorships; a handful of small queries, none per row.
        var goalAreas = await db.GoalAreas.AsNoTracking()
            .Where(a => db.Goals.Any(g => g.Id == a.GoalId && g.Status == GoalStatus.Active))
            .Select(a => new { a.AreaId, a.Area.Name, a.GoalId })
            .ToListAsync(ct);
        var goals = await db.Goals.AsNoTracking().Where(g => g.Status == GoalStatus.Active)
            .Select(g => new GoalRef(g.Id, g.Title, g.Horizon)).ToDictionaryAsync(g => g.Id, ct);

        var mentorships = await db.Mentorships.AsNoTracking()
            .Where(m => m.Status != MentorshipStatus.Ended)
            .Select(m => new
            {
                m.Id, m.PersonId, FirstName = (string?)m.Person!.FirstName, LastName = (string?)m.Person.LastName,
                Department = (string?)m.Person.Department, Employer = (EmployerRelation?)m.Person.Employer, m.Seeking,
                m.Kind, m.Status, m.StatusSince, m.LastMetOn, m.NextMeetingDueOn, m.MeetEvery, m.MeetUnit,
            })
            .ToListAsync(ct);
        var mentorshipIds = mentorships.Select(m => m.Id).ToList();
        var mentorAreas = await db.MentorshipAreas.AsNoTracking().Where(a => mentorshipIds.Contains(a.MentorshipId))
            .Select(a => new { a.MentorshipId, a.AreaId, a.Area.Name }).ToListAsync(ct);

        var mentors = mentorships.Select(m =>
        {
            var name = MentorshipService.NameOf(m.FirstName, m.LastName, m.Seeking);
            var summary = MentorshipService.ToSummary(m.Id, m.PersonId, name, m.Seeking, m.Kind, m.Status, m.StatusSince,
                mentorAreas.Where(a => a.MentorshipId == m.Id).Select(a => a.Name), null, m.MeetEvery, m.MeetUnit, m.LastMetOn, m.NextMeetingDueOn, today);
            return new BoardMentor(m.Id, m.PersonId, name, m.Kind, m.Status, m.Department, m.Employer ?? EmployerRelation.Unknown,
                summary.Areas, m.LastMetOn, m.NextMeetingDueOn, summary.IsQuiet, chain.RelationOf(m.PersonId));
        })
            .OrderBy(m => m.Status == MentorshipStatus.Active ? 0 : 1).ThenBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();

        var areaNames = goalAreas.Select(a => (a.AreaId, a.Name)).Concat(mentorAreas.Select(a => (a.AreaId, a.Name)))
            .DistinctBy(a => a.AreaId).ToList();
        var cellsByArea = mentorAreas.ToLookup(a => a.AreaId, a => mentors.First(m => m.MentorshipId == a.MentorshipId));
        var gapIds = areaNames
            .Where(a => !cellsByArea[a.AreaId].Any(m => m.Status == MentorshipStatus.Active && m.BossConflict == BossRelation.None))
            .Select(a => a.AreaId).ToList();
        var gapAreas = areaNames.Where(a => gapIds.Contains(a.AreaId)).Select(a => (a.AreaId, INamedRow.KeyOf(a.Name), a.Name)).ToList();
        var suggestions = await SuggestAsync(gapAreas, me.Id, chain, SuggestionsPerArea, mentorships.Where(m => m.PersonId is not null)
            .SelectMany(m => mentorAreas.Where(a => a.MentorshipId == m.Id).Select(a => (a.AreaId, m.PersonId!.Value))).ToHashSet(), ct);

        var areas = areaNames
            .Select(a => new BoardArea(a.AreaId, a.Name,
                goalAreas.Where(g => g.AreaId == a.AreaId).Select(g => goals[g.GoalId]).OrderBy(g => g.Horizon).ThenBy(g => g.Title).ToList(),
                cellsByArea[a.AreaId].Select(m => new BoardCell(m.MentorshipId, m.PersonId, m.Name, m.Kind, m.Status)).ToList(),
                gapIds.Contains(a.AreaId),
                suggestions[a.AreaId].ToList()))
            .OrderByDescending(a => a.IsGap).ThenBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();

        var warnings = BoardRules.Warnings(
            mentors.Select(m => new BoardRules.Mentor(m.MentorshipId, m.PersonId, m.Name, m.Status, m.Department, m.Employer, m.LastMetOn,
                m.NextMeetingDueOn, mentorships.First(x => x.Id == m.MentorshipId) is { MeetEvery: { } every } x
                    ? new KeepInTouch.Cadence(every, every, x.MeetUnit).Describe() : null,
                mentorships.First(x => x.Id == m.MentorshipId).StatusSince, m.BossConflict)).ToList(),
            me.Department, goals.Count, gapIds.Count, today);
        return new BoardView(areas, mentors, warnings,
            mentors.Where(m => m.Status == MentorshipStatus.Active && m.PersonId is not null).DistinctBy(m => m.PersonId).Count(), gapIds.Count);
    }

    /// <summary>
    /// People whose expertise, or a tag, names a gap area — never me, my boss or my boss's boss, nor
    /// someone already mentoring me in that area. Two queries for all areas together.
    /// </summary>
    private async Task<ILookup<int, MentorSuggestion>> SuggestAsync(List<(int Id, string NameKey, string Name)> areaKeys, int meId, BossChain chain,
        int perArea, HashSet<(int AreaId, int PersonId)> alreadyMentoring, CancellationToken ct)
    {
        if (areaKeys.Count == 0) return Array.Empty<(int, MentorSuggestion)>().ToLookup(x => x.Item1, x => x.Item2);
        var excluded = new[] { meId, chain.BossId ?? 0, chain.BossesBossId ?? 0 };
        var areaIds = areaKeys.Select(a => a.Id).ToList();
        var keys = areaKeys.Select(a => a.NameKey).ToList();

        var byExpertise = await db.PersonExpertise.AsNoTracking()
            .Where(e => areaIds.Contains(e.AreaId) && !excluded.Contains(e.PersonId))
            .Select(e => new { e.AreaId, e.PersonId, Key = e.Area.NameKey })
            .Take(5_000).ToListAsync(ct);
        var byTag = await db.PersonTags.AsNoTracking()
            .Where(t => keys.Contains(t.Tag.NameKey) && !excluded.Contains(t.PersonId))
            .Select(t => new { t.PersonId, Key = t.Tag.NameKey })
            .Take(5_000).ToListAsync(ct);

        var matches = byExpertise.Select(e => (AreaId: e.AreaId, e.PersonId, ByExpertise: true))
            .Concat(byTag.SelectMany(t => areaKeys.Where(a => a.NameKey == t.Key).Select(a => (AreaId: a.Id, t.PersonId, ByExpertise: false))))
            .Where(m => !alreadyMentoring.Contains((m.AreaId, m.PersonId)))
            .GroupBy(m => (m.AreaId, m.PersonId))
            .Select(g => (g.Key.AreaId, g.Key.PersonId, ByExpertise: g.Any(x => x.ByExpertise)))
            .ToList();
        var personIds = matches.Select(m => m.PersonId).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.FirstName, p.LastName, p.Department, p.Employer, p.Level, p.Roles })
            .ToDictionaryAsync(p => p.Id, ct);
        var names = areaKeys.ToDictionary(a => a.Id, a => a.Name);

        return matches
            .Where(m => people.ContainsKey(m.PersonId))
            .Select(m => (m.AreaId, Person: people[m.PersonId], m.ByExpertise))
            .GroupBy(m => m.AreaId)
            .SelectMany(g => g
                .OrderByDescending(m => BoardRules.SuggestionScore(m.ByExpertise, m.Person.Level, m.Person.Employer, m.Person.Roles))
                .ThenBy(m => PeopleService.Name(m.Person.FirstName, m.Person.LastName), StringComparer.CurrentCultureIgnoreCase)
                .Take(perArea)
                .Select(m => (m.AreaId, Suggestion: new MentorSuggestion(m.Person.Id, PeopleService.Name(m.Person.FirstName, m.Person.LastName),
                    m.Person.Department, m.Person.Employer, m.Person.Level, Why(m.ByExpertise, names[m.AreaId], m.Person.Level, m.Person.Employer)))))
            .ToLookup(x => x.AreaId, x => x.Suggestion);
    }

    /// <summary>
    /// People from my network who could mentor me in one area (for the "find a mentor" exercise),
    /// whether or not any goal names it yet.
    /// </summary>
    public async Task<IReadOnlyList<MentorSuggestion>> CandidatesAsync(string area, int limit = 10, CancellationToken ct = default)
    {
        var key = INamedRow.KeyOf(area);
        if (key.Length == 0) return [];
        var chain = await BossRule.LoadAsync(db, ct);
        var meId = await db.People.Where(p => p.IsMe).Select(p => p.Id).FirstAsync(ct);
        var row = await db.Areas.AsNoTracking().Where(a => a.NameKey == key).Select(a => new { a.Id, a.Name }).FirstOrDefaultAsync(ct);
        // An area nobody has named yet can still match people's tags; id 0 matches no expertise.
        var areaId = row?.Id ?? 0;
        var found = await SuggestAsync([(areaId, key, row?.Name ?? area.Trim())], meId, chain, Math.Clamp(limit, 1, 50), [], ct);
        return found[areaId].ToList();
    }

    /// <summary>
    /// The areas the "find a mentor" exercise offers to choose from: those my active goals name
    /// first, then the expertise of my people, most widely held first.
    /// </summary>
    public async Task<IReadOnlyList<AreaChoice>> AreaChoicesAsync(CancellationToken ct = default)
    {
        var inGoals = await db.GoalAreas.AsNoTracking()
            .Where(a => db.Goals.Any(g => g.Id == a.GoalId && g.Status == GoalStatus.Active))
            .Select(a => a.AreaId).Distinct().ToListAsync(ct);
        var held = await db.PersonExpertise.AsNoTracking()
            .Where(e => !db.People.Any(p => p.Id == e.PersonId && p.IsMe))
            .GroupBy(e => e.AreaId).Select(g => new { AreaId = g.Key, People = g.Count() })
            .ToDictionaryAsync(g => g.AreaId, g => g.People, ct);
        var ids = inGoals.Concat(held.Keys).Distinct().ToList();
        var names = await db.Areas.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.Name }).ToListAsync(ct);
        return names
            .Select(a => new AreaChoice(a.Name, inGoals.Contains(a.Id), held.GetValueOrDefault(a.Id)))
            .OrderByDescending(a => a.InMyGoals).ThenByDescending(a => a.PeopleWithExpertise)
            .ThenBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
    }

    private static string Why(bool byExpertise, string area, RelativeLevel level, EmployerRelation employer)
    {
        var parts = new List<string> { byExpertise ? $"expertise in {area}" : $"tagged {area}" };
        if (level == RelativeLevel.MoreSenior) parts.Add("more senior");
        if (employer == EmployerRelation.Outside) parts.Add("outside your employer");
        else if (employer == EmployerRelation.Inside) parts.Add("inside your employer");
        return string.Join("; ", parts);
    }
}
