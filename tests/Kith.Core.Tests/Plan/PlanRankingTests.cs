using System.Globalization;
using Kith.Core.Common;
using Kith.Core.Data;
using Kith.Core.Interactions;
using Kith.Core.KeepInTouch;
using Kith.Core.People;
using Kith.Core.Plan;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Core.Tests.Plan;

/// <summary>
/// The plan reads only the top of each pool from the database (PlanService.Ranking). These tests
/// build varied networks through the real services and check every suggestion against the rules
/// applied to everyone, with each person's contacts in the last year counted from the interactions
/// themselves: the answer the plan gave when it read every person.
/// </summary>
public sealed class PlanRankingTests
{
    // Departments that differ only in case (also beyond ASCII) count as the same department.
    private static readonly string[] Departments = ["Équipe", "ÉQUIPE", "équipe", "Sales", "sales", "Finance", "Legal", "Straße", "STRASSE"];
    private static readonly string[] Levels = ["peer", "more-senior", "more-junior"];
    private static readonly string[] Employers = ["inside", "outside"];
    private static readonly string[] FirstNames = ["Ana", "ana", "Bruno", "Élodie", "Zoe", "Chen", "Ana"];

    [Theory]
    [InlineData(1, "UTC", 8)]
    [InlineData(2, "America/Sao_Paulo", 8)]
    [InlineData(3, "Europe/Lisbon", 2)]
    [InlineData(4, "Asia/Tokyo", 26)]
    public async Task Suggestions_ReadingTheTopOfEachPool_AreTheOnesRankingEveryoneGives(int seed, string zone, int rotationWeeks)
    {
        await using var db = await TestDatabase.CreateAsync(zone);
        var random = new Random(seed);
        await NetworkAsync(db, random, people: 140);
        await db.RunAsync(sp => sp.GetRequiredService<PlanService>().SetPlanAsync(new PlanInput(120, rotationWeeks)));
        var wednesday = await db.RunAsync(sp => sp.GetRequiredService<PlanService>().AddSlotAsync(new SlotInput("wednesday", "12:00", 60, "lunch")));
        await db.RunAsync(sp => sp.GetRequiredService<PlanService>().AddSlotAsync(new SlotInput("friday", "08:30", 30, "coffee")));

        // Decisions: swap the first week's lunch twice, accept the second week's, skip the third's.
        var plan = await PlanAsync(db, 8, PlanService.FirstFetch);
        var lunches = plan.Upcoming.Where(u => u.SlotId == wednesday.Id).ToList();
        await db.RunAsync(sp => sp.GetRequiredService<PlanService>().SwapAsync(wednesday.Id, Iso(lunches[0].On)));
        await db.RunAsync(sp => sp.GetRequiredService<PlanService>().SwapAsync(wednesday.Id, Iso(lunches[0].On)));
        await db.RunAsync(sp => sp.GetRequiredService<PlanService>().AcceptAsync(wednesday.Id, Iso(lunches[1].On)));
        await db.RunAsync(sp => sp.GetRequiredService<PlanService>().SkipAsync(wednesday.Id, Iso(lunches[2].On)));

        foreach (var weeks in new[] { 1, 8, 26 })
        {
            var expected = await RankingEveryoneAsync(db, weeks);
            foreach (var firstFetch in new[] { 1, 2, 5, PlanService.FirstFetch })
            {
                var actual = (await PlanAsync(db, weeks, firstFetch)).Upcoming
                    .Select(u => (u.SlotId, u.On, u.PersonId, u.Mix, u.Reason)).ToList();
                Assert.Equal(expected, actual);
            }
        }
    }

    [Fact]
    public async Task Suggestions_WhenHundredsTieOnTheirDayAndScore_BreakTheTieByNameAsRankingEveryoneDoes()
    {
        await using var db = await TestDatabase.CreateAsync();
        // 300 people never met, all outside, none with a date we met: one tie for the expanding pool,
        // decided by name alone (culture-aware, case ignored).
        for (var i = 0; i < 300; i++)
        {
            var name = $"{FirstNames[i % FirstNames.Length]}{(char)('z' - i % 26)}";
            await db.RunAsync(sp => sp.GetRequiredService<PeopleService>().CreateAsync(new PersonBuilder(name, $"N{i % 7}").Employer("outside").Build()));
        }
        await db.RunAsync(sp => sp.GetRequiredService<PlanService>().AddSlotAsync(new SlotInput("tuesday", "12:00")));

        var expected = await RankingEveryoneAsync(db, 26);
        var actual = (await PlanAsync(db, 26, 3)).Upcoming.Select(u => (u.SlotId, u.On, u.PersonId, u.Mix, u.Reason)).ToList();

        Assert.Equal(expected, actual);
        // The first eight weeks (the rotation) go to the first eight names; namesakes in the order they were added.
        var byName = await db.RunAsync(sp => sp.GetRequiredService<KithDbContext>().People.Where(p => !p.IsMe)
            .Select(p => new { p.Id, p.FirstName, p.LastName }).ToListAsync());
        var firstEight = byName.OrderBy(p => $"{p.FirstName} {p.LastName}", StringComparer.CurrentCultureIgnoreCase).ThenBy(p => p.Id).Take(8).Select(p => (int?)p.Id);
        Assert.Equal(firstEight, actual.Take(8).Select(a => a.PersonId));
    }

    [Fact]
    public async Task TheTwoLatestContacts_AfterAMergeAndARestore_AreStillTheTwoLatestInteractions()
    {
        await using var db = await TestDatabase.CreateAsync();
        var ana = (await db.RunAsync(sp => sp.GetRequiredService<PeopleService>().CreateAsync(new PersonBuilder("Ana", "Lima").InDepartment(" Straße ").Build()))).Id;
        var twin = (await db.RunAsync(sp => sp.GetRequiredService<PeopleService>().CreateAsync(new PersonBuilder("Ana", "Lima").Build()))).Id;
        foreach (var (who, at) in new[] { (ana, "2026-01-05T10:00"), (twin, "2026-02-10T10:00"), (ana, "2025-06-01T10:00"), (twin, "2026-03-01T10:00") })
            await db.RunAsync(sp => sp.GetRequiredService<InteractionService>().LogAsync(new InteractionInput { PersonIds = [who], OccurredAt = at, Summary = "Call" }));

        await db.RunAsync(sp => sp.GetRequiredService<MergeService>().MergeAsync(ana, twin));
        var expected = (new DateTime(2026, 3, 1, 10, 0, 0), new DateTime(2026, 2, 10, 10, 0, 0), "STRAßE");
        Assert.Equal(expected, await LatestTwoAsync(db, ana));

        var backup = await Backup.BackupDocuments.BackupAsync(db);
        await using var restored = await TestDatabase.CreateAsync();
        await Backup.BackupDocuments.RestoreAsync(restored, backup);
        var id = await restored.RunAsync(sp => sp.GetRequiredService<KithDbContext>().People.Where(p => !p.IsMe).Select(p => p.Id).SingleAsync());
        Assert.Equal(expected, await LatestTwoAsync(restored, id));
    }

    private static Task<(DateTime?, DateTime?, string?)> LatestTwoAsync(TestDatabase db, int id) =>
        db.RunAsync(async sp => (await sp.GetRequiredService<KithDbContext>().People.Where(p => p.Id == id)
            .Select(p => new { p.LastInteractionAt, p.PreviousInteractionAt, p.DepartmentKey }).SingleAsync()) is var p
            ? (p.LastInteractionAt, p.PreviousInteractionAt, p.DepartmentKey) : default);

    private static async Task NetworkAsync(TestDatabase db, Random random, int people)
    {
        var today = DateOnly.FromDateTime(TestDatabase.Start.UtcDateTime);
        var ids = new List<int>();
        for (var i = 0; i < people; i++)
        {
            var person = new PersonBuilder(FirstNames[random.Next(FirstNames.Length)], random.Next(4) == 0 ? null : $"L{random.Next(12)}");
            if (random.Next(4) > 0) person = person.Level(Levels[random.Next(Levels.Length)]);
            if (random.Next(4) > 0) person = person.Employer(Employers[random.Next(Employers.Length)]);
            if (random.Next(5) > 0) person = person.InDepartment(Departments[random.Next(Departments.Length)]);
            // Many share a day we met, so days tie and names decide.
            if (random.Next(3) > 0) person = person.MetOn(Iso(today.AddDays(-7 * random.Next(1, 40))));
            var id = (await db.RunAsync(sp => sp.GetRequiredService<PeopleService>().CreateAsync(person.Build()))).Id;
            if (random.Next(10) < 3)
                await db.RunAsync(sp => sp.GetRequiredService<KeepInTouchService>().SetCadenceAsync(id,
                    new CadenceInput { Every = random.Next(1, 5), Unit = random.Next(2) == 0 ? "weeks" : "months" }));
            ids.Add(id);
        }

        // 0 to 4 interactions each, over two years, some in the last weeks, some at the same hour; a few deleted again.
        var logged = new List<int>();
        foreach (var id in ids)
        {
            for (var n = random.Next(5); n > 0; n--)
            {
                var withOthers = random.Next(6) == 0 ? new[] { id, ids[random.Next(ids.Count)] }.Distinct().ToList() : [id];
                var day = today.AddDays(-random.Next(1, 730));
                var at = $"{Iso(day)}T{(random.Next(2) == 0 ? "09:00" : "23:30")}";
                var view = await db.RunAsync(sp => sp.GetRequiredService<InteractionService>().LogAsync(
                    new InteractionInput { PersonIds = withOthers, OccurredAt = at, Kind = "call", Summary = "Caught up" }));
                logged.Add(view.Id);
            }
        }
        foreach (var id in logged.Where(_ => random.Next(8) == 0).ToList())
            await db.RunAsync(async sp => { await sp.GetRequiredService<InteractionService>().DeleteAsync(id); return 0; });

        var me = await db.RunAsync(sp => sp.GetRequiredService<PeopleService>().MeIdAsync());
        var mine = await db.RunAsync(sp => sp.GetRequiredService<PeopleService>().GetAsync(me));
        await db.RunAsync(sp => sp.GetRequiredService<PeopleService>().UpdateAsync(me, new PersonInput { FirstName = mine.FirstName, Department = " équipe " }));
    }

    private static Task<PlanView> PlanAsync(TestDatabase db, int weeks, int firstFetch) =>
        db.RunAsync(sp => sp.GetRequiredService<PlanService>().GetAsync(weeks, firstFetch, CancellationToken.None));

    /// <summary>
    /// The rules applied to every person, their contacts in the last year counted from the
    /// participants (not from the columns the plan reads), for the occurrences the plan shows.
    /// </summary>
    private static async Task<List<(int, DateOnly, int?, PlanMix, string)>> RankingEveryoneAsync(TestDatabase db, int weeks)
    {
        var shown = await PlanAsync(db, weeks, PlanService.FirstFetch);
        await using var scope = db.Scope();
        var context = scope.ServiceProvider.GetRequiredService<KithDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<AccountClock>();
        var zone = await clock.ZoneAsync();
        var today = await clock.TodayAsync();
        var yearAgo = LocalTime.StartOfDay(today.AddYears(-1), zone);
        var counts = await context.InteractionParticipants.Where(p => p.OccurredAt >= yearAgo)
            .GroupBy(p => p.PersonId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
        var everyone = (await context.People.AsNoTracking().Where(p => !p.IsMe).ToListAsync())
            .Select(p => new PlanRules.Candidate(p.Id, p.DisplayName, p.LastContactOn(zone), p.NextDueOn, p.Cadence?.Describe(),
                p.Department, p.Level, p.Employer, p.Roles, counts.GetValueOrDefault(p.Id)))
            .ToList();
        var myDepartment = await context.People.Where(p => p.IsMe).Select(p => p.Department).FirstAsync();
        var rows = await context.SlotOccurrences.AsNoTracking().ToDictionaryAsync(r => (r.SlotId, r.On));
        var occurrences = shown.Upcoming.Select(u => rows.TryGetValue((u.SlotId, u.On), out var r)
            ? new PlanRules.Occurrence(u.SlotId, u.On, r.Status, r.PersonId, r.PassedOverIds)
            : new PlanRules.Occurrence(u.SlotId, u.On, SlotStatus.Open, null, new HashSet<int>())).ToList();

        return PlanRules.Suggest(occurrences, everyone, myDepartment, shown.RotationWeeks, today)
            .Select(s => (s.SlotId, s.On, s.PersonId, s.Mix, s.Reason)).ToList();
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
