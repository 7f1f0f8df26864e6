using Kith.Core.Agenda;
using Kith.Core.Interactions;
using Kith.Core.KeepInTouch;
using Kith.Core.People;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Core.Tests.Agenda;

public sealed class AgendaServiceTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<int> AddAsync(PersonBuilder person, int? every = null, string unit = "days")
    {
        await using var scope = _db.Scope();
        var created = await scope.ServiceProvider.GetRequiredService<PeopleService>().CreateAsync(person.Build());
        if (every is { } e)
            await scope.ServiceProvider.GetRequiredService<KeepInTouchService>().SetCadenceAsync(created.Id, new CadenceInput { Every = e, Unit = unit });
        return created.Id;
    }

    private async Task LogAsync(string when, params int[] people)
    {
        await using var scope = _db.Scope();
        await scope.ServiceProvider.GetRequiredService<InteractionService>().LogAsync(new InteractionInput
        {
            PersonIds = people, OccurredAt = when, Kind = "lunch", Summary = "Lunch",
        });
    }

    private async Task<AgendaView> AgendaAsync(AgendaWindow window = AgendaWindow.Today)
    {
        await using var scope = _db.Scope();
        return await scope.ServiceProvider.GetRequiredService<AgendaService>().GetAsync(window);
    }

    /// <summary>Adds people with cadences in one save, as an import would, and returns everyone's expected score.</summary>
    private async Task AddManyAsync(int count, Func<int, (int Every, CadenceUnit Unit, PersonRoles Roles, DateOnly? LastContact, DateOnly? MetOn)> shape)
    {
        await using var scope = _db.Scope();
        var db = scope.ServiceProvider.GetRequiredService<Kith.Core.Data.KithDbContext>();
        var now = TestDatabase.Start.UtcDateTime;
        for (var i = 0; i < count; i++)
        {
            var (every, unit, roles, last, met) = shape(i);
            var person = new Person
            {
                FirstName = $"P{i:D4}", Roles = roles, MetOn = met, CreatedAt = now.AddDays(-400), UpdatedAt = now,
                Cadence = new Cadence(every, every, unit),
                LastInteractionAt = last is { } l ? l.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc) : null,
            };
            person.RefreshSearchText();
            person.RecomputeNextDue(TimeZoneInfo.Utc);
            db.People.Add(person);
        }
        await db.SaveChangesAsync();
    }

    /// <summary>What the agenda must show: every due cadence scored by the rules, sorted, the first 200.</summary>
    private async Task<List<(string Name, double Score)>> ExpectedAsync()
    {
        await using var scope = _db.Scope();
        var db = scope.ServiceProvider.GetRequiredService<Kith.Core.Data.KithDbContext>();
        var today = DateOnly.FromDateTime(TestDatabase.Start.UtcDateTime);
        var people = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.People.Where(p => p.NextDueOn != null && p.NextDueOn <= today));
        return people
            .Select(p => (p.DisplayName, Score: Math.Round(AgendaRules.CadenceLateness(p.Cadence!, p.LastContactOn(TimeZoneInfo.Utc), p.NextDueOn!.Value, today) * AgendaRules.RoleWeight(p.Roles), 3), Due: p.NextDueOn!.Value))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Due).ThenBy(x => x.DisplayName, StringComparer.OrdinalIgnoreCase)
            .Take(AgendaService.MaxItems)
            .Select(x => (x.DisplayName, x.Score))
            .ToList();
    }

    [Fact]
    public async Task Agenda_ThousandDueCadences_ShowsTheSame200AsScoringEveryone()
    {
        // Cadences of days, weeks and months, every role weight, contacts spread over two years, some
        // only met and some never: the database's ranking line must agree with the rules.
        PersonRoles[] roles = [PersonRoles.None, PersonRoles.Mentor, PersonRoles.Management, PersonRoles.Customer, PersonRoles.Colleague, PersonRoles.Friend];
        CadenceUnit[] units = [CadenceUnit.Days, CadenceUnit.Weeks, CadenceUnit.Months];
        var today = DateOnly.FromDateTime(TestDatabase.Start.UtcDateTime);
        await AddManyAsync(1000, i => (1 + i % 9, units[i % 3], roles[i % 6],
            i % 7 == 0 ? null : today.AddDays(-(4 + (i * 37) % 700)), i % 14 == 0 ? today.AddDays(-(i % 300)) : null));

        var agenda = await AgendaAsync();

        Assert.Equal(await ExpectedAsync(), agenda.Items.Select(i => (i.PersonName, i.Score)).ToList());
    }

    [Fact]
    public async Task Agenda_HundredsTiedAtTheCut_StillBreaksTiesByName()
    {
        // 450 people with the same cadence, role and last contact: one score for all, so the ranking
        // line cannot choose; the agenda must still show the first 200 by name.
        var today = DateOnly.FromDateTime(TestDatabase.Start.UtcDateTime);
        await AddManyAsync(450, i => (30, CadenceUnit.Days, PersonRoles.Colleague, today.AddDays(-60), null));

        var agenda = await AgendaAsync();

        Assert.Equal(AgendaService.MaxItems, agenda.Items.Count);
        Assert.Equal(await ExpectedAsync(), agenda.Items.Select(i => (i.PersonName, i.Score)).ToList());
        Assert.Equal("P0000", agenda.Items[0].PersonName);
        Assert.Equal("P0199", agenda.Items[^1].PersonName);
    }

    [Fact]
    public async Task Agenda_PersonPastCadence_IsListedWithTheReason()
    {
        var ana = await AddAsync(new PersonBuilder("Ana", "Lima"), every: 30);
        await LogAsync("2026-01-28", ana); // 47 days before 2026-03-16

        var agenda = await AgendaAsync();

        var item = Assert.Single(agenda.Items);
        Assert.Equal(ana, item.PersonId);
        Assert.Equal("last talked 47 days ago, every 30 days (at most 45 days)", item.Reason);
        Assert.Equal(Urgency.Overdue, item.Urgency);
    }

    [Fact]
    public async Task Agenda_AnyInteraction_ResetsTheCadence()
    {
        var ana = await AddAsync(new PersonBuilder("Ana"), every: 30);
        var ben = await AddAsync(new PersonBuilder("Ben"), every: 30);
        await LogAsync("2026-01-01", ana, ben);
        Assert.Equal(2, (await AgendaAsync()).Items.Count);

        await LogAsync("2026-03-01", ana); // a call with Ana alone, 15 days ago

        var agenda = await AgendaAsync();
        Assert.Equal([ben], agenda.Items.Select(i => i.PersonId));
    }

    [Fact]
    public async Task Agenda_MentorAsLateAsAcquaintance_ComesFirst()
    {
        var acquaintance = await AddAsync(new PersonBuilder("Zed"), every: 30);
        var mentor = await AddAsync(new PersonBuilder("Maria").As("mentor"), every: 30);
        await LogAsync("2026-02-01", acquaintance, mentor);

        var agenda = await AgendaAsync();

        Assert.Equal([mentor, acquaintance], agenda.Items.Select(i => i.PersonId));
    }

    [Fact]
    public async Task Agenda_SomeoneTalkedToTwoDaysAgo_IsNeverSuggested()
    {
        var ana = await AddAsync(new PersonBuilder("Ana"), every: 1);
        await LogAsync("2026-03-14", ana);

        Assert.Empty((await AgendaAsync(AgendaWindow.Week)).Items);
    }

    [Fact]
    public async Task Agenda_ThisWeek_AddsWhatComesDueBySunday()
    {
        var ana = await AddAsync(new PersonBuilder("Ana"), every: 2, unit: "weeks");
        await LogAsync("2026-03-06", ana); // due Friday 20 March

        Assert.Empty((await AgendaAsync()).Items);
        var item = Assert.Single((await AgendaAsync(AgendaWindow.Week)).Items);
        Assert.Equal(new DateOnly(2026, 3, 20), item.DueOn);
        Assert.Equal(Urgency.Upcoming, item.Urgency);
        Assert.Equal(new DateOnly(2026, 3, 22), (await AgendaAsync(AgendaWindow.Week)).Until);
    }

    [Fact]
    public async Task Agenda_NoCadenceNoFollowUp_SuggestsNobody()
    {
        var ana = await AddAsync(new PersonBuilder("Ana"));
        await LogAsync("2025-01-01", ana);
        Assert.Empty((await AgendaAsync(AgendaWindow.Week)).Items);
    }

    [Fact]
    public async Task Agenda_NeverTalked_IsDueWithTheReason()
    {
        await AddAsync(new PersonBuilder("Ana"), every: 30);
        var item = Assert.Single((await AgendaAsync()).Items);
        Assert.Equal("nothing logged yet, every 30 days (at most 45 days)", item.Reason);
    }

    [Fact]
    public async Task Agenda_OverdueFollowUpAndLateCadences_AreRankedByLatenessTimesRole()
    {
        var slightlyLate = await AddAsync(new PersonBuilder("Ben"), every: 30);
        var veryLate = await AddAsync(new PersonBuilder("Cy"), every: 30);
        var promised = await AddAsync(new PersonBuilder("Dee"));
        await LogAsync("2026-02-10", slightlyLate); // 34 days: 1.13
        await LogAsync("2025-12-16", veryLate);     // 90 days: 3.0
        await _db.RunAsync(sp => sp.GetRequiredService<KeepInTouchService>().AddFollowUpAsync(
            new FollowUpInput { PersonId = promised, Description = "Send the deck", DueOn = "2026-03-09" })); // a week late: 2.0

        var agenda = await AgendaAsync();

        Assert.Equal([veryLate, promised, slightlyLate], agenda.Items.Select(i => i.PersonId));
        Assert.Equal(AgendaItemKind.FollowUp, agenda.Items[1].Kind);
        Assert.Equal("follow-up 7 days overdue: Send the deck", agenda.Items[1].Reason);
    }

    [Fact]
    public async Task Agenda_RestIsByCalendarDay_NotByTheHour()
    {
        var ana = await AddAsync(new PersonBuilder("Ana"), every: 1);
        var ben = await AddAsync(new PersonBuilder("Ben"), every: 1);
        await LogAsync("2026-03-14T00:30", ana); // two calendar days ago, though more than 48 hours
        await LogAsync("2026-03-13T23:30", ben); // three days ago: rested

        Assert.Equal([ben], (await AgendaAsync()).Items.Select(i => i.PersonId));
    }
}
