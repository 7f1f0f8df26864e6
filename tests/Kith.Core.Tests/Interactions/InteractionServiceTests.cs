using Kith.Core.Common;
using Kith.Core.Interactions;
using Kith.Core.People;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Core.Tests.Interactions;

public sealed class InteractionServiceTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<T> Run<T>(Func<InteractionService, PeopleService, Task<T>> work) =>
        _db.RunAsync(sp => work(sp.GetRequiredService<InteractionService>(), sp.GetRequiredService<PeopleService>()));

    private Task<int> AddAsync(string name) => Run(async (_, p) => (await p.CreateAsync(new PersonBuilder(name).Build())).Id);

    private Task<InteractionView> LogAsync(string when, string summary, params int[] people) =>
        Run((i, _) => i.LogAsync(new InteractionInput { PersonIds = people, OccurredAt = when, Kind = "coffee", Summary = summary, Exchange = "gave" }));

    [Fact]
    public async Task Log_WithSeveralPeople_SetsEveryonesLastContact()
    {
        var ana = await AddAsync("Ana");
        var ben = await AddAsync("Ben");

        var logged = await LogAsync("2026-03-10T08:30", "Coffee with the team", ana, ben);

        Assert.Equal(InteractionKind.Coffee, logged.Kind);
        Assert.Equal(Exchange.Gave, logged.Exchange);
        Assert.Equal(["Ana", "Ben"], logged.People.Select(p => p.DisplayName));
        var expected = new DateTime(2026, 3, 10, 8, 30, 0, DateTimeKind.Utc);
        Assert.Equal(expected, (await Run((_, p) => p.GetAsync(ana))).LastInteractionAt);
        Assert.Equal(expected, (await Run((_, p) => p.GetAsync(ben))).LastInteractionAt);
    }

    [Fact]
    public async Task Log_AnOlderInteraction_DoesNotMoveLastContactBack()
    {
        var ana = await AddAsync("Ana");
        await LogAsync("2026-03-10", "Lunch", ana);
        await LogAsync("2026-01-10", "Old call, logged late", ana);
        Assert.Equal(new DateTime(2026, 3, 10, 12, 0, 0, DateTimeKind.Utc), (await Run((_, p) => p.GetAsync(ana))).LastInteractionAt);
    }

    [Fact]
    public async Task Delete_LatestInteraction_FallsBackToThePreviousOne()
    {
        var ana = await AddAsync("Ana");
        await LogAsync("2026-02-01", "First", ana);
        var latest = await LogAsync("2026-03-01", "Second", ana);

        await Run(async (i, _) => { await i.DeleteAsync(latest.Id); return 0; });

        Assert.Equal(new DateTime(2026, 2, 1, 12, 0, 0, DateTimeKind.Utc), (await Run((_, p) => p.GetAsync(ana))).LastInteractionAt);
    }

    [Fact]
    public async Task List_ForAPerson_IsTheirTimelineNewestFirstAndPaged()
    {
        var ana = await AddAsync("Ana");
        var ben = await AddAsync("Ben");
        await LogAsync("2026-01-01", "One", ana);
        await LogAsync("2026-02-01", "Two", ana, ben);
        await LogAsync("2026-03-01", "Three", ana);
        await LogAsync("2026-03-02", "Ben only", ben);

        var first = await Run((i, _) => i.ListAsync(new InteractionQuery { PersonId = ana, PageSize = 2 }));
        var second = await Run((i, _) => i.ListAsync(new InteractionQuery { PersonId = ana, PageSize = 2, Page = 2 }));

        Assert.Equal(3, first.TotalCount);
        Assert.Equal(["Three", "Two"], first.Items.Select(i => i.Summary));
        Assert.Equal(["One"], second.Items.Select(i => i.Summary));
        Assert.Equal(["Ana", "Ben"], first.Items[1].People.Select(p => p.DisplayName));
    }

    [Fact]
    public async Task Log_BadInput_NamesEachFieldAndSavesNothing()
    {
        var input = new InteractionInput { PersonIds = [], OccurredAt = "2026-13-01", Kind = "picnic", Summary = " ", Exchange = "stole" };

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Run((i, _) => i.LogAsync(input)));

        Assert.Equal(["PersonIds", "OccurredAt", "Kind", "Exchange", "Summary"], error.Errors.Keys);
        Assert.Equal(0, (await Run((i, _) => i.ListAsync(new InteractionQuery()))).TotalCount);
    }

    [Fact]
    public async Task Log_UnknownPersonOrInTheFuture_IsRefused()
    {
        var ana = await AddAsync("Ana");
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Run((i, _) => i.LogAsync(new InteractionInput { PersonIds = [ana, 999], OccurredAt = "2026-04-01", Summary = "Lunch" })));
        Assert.Contains("There is no person with id 999.", error.Errors["PersonIds"]);
        Assert.Contains("in the future", error.Errors["OccurredAt"][0], StringComparison.Ordinal);
        Assert.Null((await Run((_, p) => p.GetAsync(ana))).LastInteractionAt);
    }

    [Fact]
    public async Task Log_WithoutADate_MeansNow()
    {
        var ana = await AddAsync("Ana");
        var logged = await Run((i, _) => i.LogAsync(new InteractionInput { PersonIds = [ana], Summary = "Call" }));
        Assert.Equal(TestDatabase.Start.UtcDateTime, logged.OccurredAt);
    }

    [Fact]
    public async Task DeletePerson_RemovesTheirOwnInteractions_AndKeepsSharedOnes()
    {
        var ana = await AddAsync("Ana");
        var ben = await AddAsync("Ben");
        await LogAsync("2026-03-01", "Ana alone", ana);
        await LogAsync("2026-03-02", "Ana and Ben", ana, ben);

        await Run(async (_, p) => { await p.DeleteAsync(ana); return 0; });

        var left = await Run((i, _) => i.ListAsync(new InteractionQuery()));
        var shared = Assert.Single(left.Items);
        Assert.Equal("Ana and Ben", shared.Summary);
        Assert.Equal(["Ben"], shared.People.Select(p => p.DisplayName));
    }

    [Fact]
    public async Task Log_LaterToday_IsAcceptedButTomorrowIsNot()
    {
        var ana = await AddAsync("Ana");
        await LogAsync("2026-03-16T20:00", "Dinner tonight", ana);
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => LogAsync("2026-03-17", "Tomorrow's lunch", ana));
        Assert.Contains("OccurredAt", error.Errors.Keys);
    }
}
