using Kith.Core.Agenda;
using Kith.Core.Common;
using Kith.Core.KeepInTouch;
using Kith.Core.People;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Core.Tests.KeepInTouch;

public sealed class KeepInTouchServiceTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<T> Run<T>(Func<KeepInTouchService, Task<T>> work) =>
        _db.RunAsync(sp => work(sp.GetRequiredService<KeepInTouchService>()));

    private Task<int> AddAsync(string name) =>
        _db.RunAsync(async sp => (await sp.GetRequiredService<PeopleService>().CreateAsync(new PersonBuilder(name).Build())).Id);

    private Task<AgendaView> AgendaAsync(AgendaWindow window = AgendaWindow.Today) =>
        _db.RunAsync(sp => sp.GetRequiredService<AgendaService>().GetAsync(window));

    [Theory]
    [InlineData(0, "days", "Every")]
    [InlineData(-5, "weeks", "Every")]
    [InlineData(5000, "days", "Every")]
    [InlineData(3, "fortnights", "Unit")]
    public async Task SetCadence_Impossible_IsRefusedByField(int every, string unit, string field)
    {
        var ana = await AddAsync("Ana");
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Run(s => s.SetCadenceAsync(ana, new CadenceInput { Every = every, Unit = unit })));
        Assert.Contains(field, error.Errors.Keys);
        Assert.Null((await _db.RunAsync(sp => sp.GetRequiredService<PeopleService>().GetAsync(ana))).Cadence);
    }

    [Fact]
    public async Task SetCadence_MaxShorterThanIdeal_IsRefused()
    {
        var ana = await AddAsync("Ana");
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Run(s => s.SetCadenceAsync(ana, new CadenceInput { Every = 4, Max = 2, Unit = "weeks" })));
        Assert.Contains("Max", error.Errors.Keys);
    }

    [Fact]
    public async Task SetCadence_WithoutMax_AllowsHalfAsLongAgain()
    {
        var ana = await AddAsync("Ana");
        var cadence = await Run(s => s.SetCadenceAsync(ana, new CadenceInput { Every = 3, Unit = "weeks" }));
        Assert.Equal("every 3 weeks (at most 5 weeks)", cadence.Description);
    }

    [Fact]
    public async Task SetCadence_UnknownPerson_IsNotFound() =>
        await Assert.ThrowsAsync<NotFoundException>(() => Run(s => s.SetCadenceAsync(999, new CadenceInput { Every = 3 })));

    [Fact]
    public async Task Snooze_HidesThePersonUntilThatDay()
    {
        var ana = await AddAsync("Ana");
        await Run(s => s.SetCadenceAsync(ana, new CadenceInput { Every = 7 }));
        Assert.Single((await AgendaAsync()).Items);

        await Run(async s => { await s.SnoozeAsync(ana, "2026-03-20"); return 0; });
        Assert.Empty((await AgendaAsync()).Items);

        _db.Clock.Advance(TimeSpan.FromDays(4));
        var item = Assert.Single((await AgendaAsync()).Items);
        Assert.Contains("snoozed until 20 Mar", item.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Snooze_InThePast_IsRefused()
    {
        var ana = await AddAsync("Ana");
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Run(async s => { await s.SnoozeAsync(ana, "2026-03-01"); return 0; }));
        Assert.Contains("Until", error.Errors.Keys);
    }

    [Fact]
    public async Task FollowUp_DueThisWeek_ShowsInTheWeekUntilDone()
    {
        var ana = await AddAsync("Ana");
        var followUp = await Run(s => s.AddFollowUpAsync(new FollowUpInput { PersonId = ana, Description = "Send the article", DueOn = "2026-03-20" }));

        Assert.Empty((await AgendaAsync()).Items);
        var item = Assert.Single((await AgendaAsync(AgendaWindow.Week)).Items);
        Assert.Equal("follow-up due Fri 20 Mar: Send the article", item.Reason);
        Assert.Equal(Urgency.Upcoming, item.Urgency);

        await Run(s => s.SetDoneAsync(followUp.Id, done: true));
        Assert.Empty((await AgendaAsync(AgendaWindow.Week)).Items);
        Assert.Equal(0, (await Run(s => s.ListFollowUpsAsync(new FollowUpQuery()))).TotalCount);
        Assert.Equal(1, (await Run(s => s.ListFollowUpsAsync(new FollowUpQuery { Status = "done" }))).TotalCount);
    }

    [Fact]
    public async Task FollowUp_BadInput_NamesEachField()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Run(s => s.AddFollowUpAsync(new FollowUpInput { PersonId = 999, Description = "", DueOn = "Friday" })));
        Assert.Equal(["PersonId", "Description", "DueOn"], error.Errors.Keys);
    }

    [Fact]
    public async Task FollowUp_WithMyself_IsRefused()
    {
        var me = await _db.RunAsync(sp => sp.GetRequiredService<PeopleService>().MeIdAsync());
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Run(s => s.AddFollowUpAsync(new FollowUpInput { PersonId = me, Description = "Note to self", DueOn = "2026-03-20" })));
        Assert.Contains("PersonId", error.Errors.Keys);
    }
}
