using Kith.Core.Common;
using Kith.Core.Interactions;
using Kith.Core.KeepInTouch;
using Kith.Core.Opportunities;
using Kith.Core.People;
using Kith.Core.Tests.Mentoring;

namespace Kith.Core.Tests.Networking;

public sealed class OpportunityServiceTests : MentoringTestBase
{
    [Fact]
    public async Task PersonMetAtAnEvent_IsCreatedLoggedAndGivenAFollowUp()
    {
        var buddy = await AddAsync(new PersonBuilder("Bea"));
        var pmi = await With<OpportunityService, OpportunityDetail>(s => s.CreateAsync(new OpportunityInput("PMI chapter", "association", "member", BuddyId: buddy)));
        var mixer = await With<OpportunityService, EventView>(s => s.AddEventAsync(pmi.Id, new EventInput("Spring mixer", "2026-03-16T08:00", Location: "Hotel Lobby")));

        var after = await With<OpportunityService, EventView>(s => s.AddPersonMetAsync(mixer.Id,
            new MetInput(NewPerson: new PersonInput { FirstName = "Caio", LastName = "Prado", Organisation = "Acme" })));

        var caio = Assert.Single(after.PeopleMet);
        Assert.Equal("Caio Prado", caio.DisplayName);
        Assert.True(after.Attended);
        Assert.Equal("Bea", after.Buddy?.DisplayName);
        var person = await With<PeopleService, PersonDetail>(s => s.GetAsync(caio.Id));
        Assert.Equal("Met at Spring mixer (PMI chapter)", person.HowWeMet);
        Assert.Equal(new DateOnly(2026, 3, 16), person.MetOn);
        var timeline = await With<InteractionService, Page<InteractionView>>(s => s.ListAsync(new InteractionQuery { PersonId = caio.Id }));
        Assert.Equal(InteractionKind.Event, Assert.Single(timeline.Items).Kind);
        var followUp = Assert.Single((await With<KeepInTouchService, Page<FollowUpView>>(s => s.ListFollowUpsAsync(new FollowUpQuery { PersonId = caio.Id }))).Items);
        Assert.Equal("Follow up with Caio after Spring mixer", followUp.Description);
        Assert.Equal(new DateOnly(2026, 3, 18), followUp.DueOn);
        var listed = Assert.Single((await With<OpportunityService, Page<OpportunitySummary>>(s => s.ListAsync(null, null))).Items);
        Assert.Equal((1, 1), (listed.EventsAttended, listed.PeopleMet));
    }

    [Fact]
    public async Task PersonMet_BeforeTheEventOrTwice_IsRefusedAndNothingIsWritten()
    {
        var ana = await AddAsync(new PersonBuilder("Ana"));
        var o = await With<OpportunityService, OpportunityDetail>(s => s.CreateAsync(new OpportunityInput("Five-a-side", "sports-league")));
        var future = await With<OpportunityService, EventView>(s => s.AddEventAsync(o.Id, new EventInput("Match", "2026-03-20T19:00")));
        var past = await With<OpportunityService, EventView>(s => s.AddEventAsync(o.Id, new EventInput("Match", "2026-03-14T19:00")));

        await Assert.ThrowsAsync<ValidationFailedException>(() => With<OpportunityService, EventView>(s => s.AddPersonMetAsync(future.Id, new MetInput(ana))));
        await With<OpportunityService, EventView>(s => s.AddPersonMetAsync(past.Id, new MetInput(ana)));
        var twice = await Assert.ThrowsAsync<ValidationFailedException>(() => With<OpportunityService, EventView>(s => s.AddPersonMetAsync(past.Id, new MetInput(ana))));

        Assert.Contains("already among the people met", twice.Message);
        Assert.Single((await With<InteractionService, Page<InteractionView>>(s => s.ListAsync(new InteractionQuery { PersonId = ana }))).Items);
        Assert.Single((await With<KeepInTouchService, Page<FollowUpView>>(s => s.ListFollowUpsAsync(new FollowUpQuery { PersonId = ana }))).Items);
    }

    [Fact]
    public async Task Create_BadInput_NamesEveryField()
    {
        var me = await MeAsync();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => With<OpportunityService, OpportunityDetail>(s =>
            s.CreateAsync(new OpportunityInput("", "rave", Website: "ftp://x", BuddyId: me))));

        Assert.Equal(["BuddyId", "Kind", "Name", "Website"], error.Errors.Keys.Order());
    }

    [Fact]
    public async Task Introduction_Met_RecordsTheConnectorAndSetsThanksAndAFollowUp()
    {
        var connector = await AddAsync(new PersonBuilder("Rita", "Sousa"));
        var intro = await With<IntroductionService, IntroductionView>(s => s.CreateAsync(new IntroductionInput(connector, TargetDescription: "someone in Treasury", Reason: "understand the budget cycle")));
        await With<IntroductionService, IntroductionView>(s => s.AdvanceAsync(intro.Id, new IntroductionStepInput("asked")));
        AdvanceDays(3);

        var met = await With<IntroductionService, IntroductionView>(s => s.AdvanceAsync(intro.Id,
            new IntroductionStepInput("met", Met: new MetInput(NewPerson: new PersonInput { FirstName = "Tomás", Department = "Treasury" }))));

        Assert.Equal(IntroductionStatus.Met, met.Status);
        Assert.Equal(new DateOnly(2026, 3, 16), met.AskedOn);
        Assert.Equal(new DateOnly(2026, 3, 19), met.IntroducedOn);
        Assert.Equal("Tomás", met.Target?.DisplayName);
        var tomas = await With<PeopleService, PersonDetail>(s => s.GetAsync(met.Target!.Id));
        Assert.Equal("Introduced by Rita Sousa", tomas.HowWeMet);
        var followUps = (await With<KeepInTouchService, Page<FollowUpView>>(s => s.ListFollowUpsAsync(new FollowUpQuery()))).Items;
        Assert.Equal(
            [("Rita Sousa", "Thank Rita for introducing you to Tomás", new DateOnly(2026, 3, 20)),
             ("Tomás", "Follow up with Tomás after your first meeting", new DateOnly(2026, 3, 26))],
            followUps.Select(f => (f.PersonName, f.Description, f.DueOn)));
    }

    [Fact]
    public async Task Introduction_StepDatedBeforeThePreviousOne_IsRefused()
    {
        var connector = await AddAsync(new PersonBuilder("Rita"));
        var intro = await With<IntroductionService, IntroductionView>(s => s.CreateAsync(new IntroductionInput(connector, TargetDescription: "someone in Legal")));
        await With<IntroductionService, IntroductionView>(s => s.AdvanceAsync(intro.Id, new IntroductionStepInput("asked")));

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            With<IntroductionService, IntroductionView>(s => s.AdvanceAsync(intro.Id, new IntroductionStepInput("introduced", On: "2026-03-15"))));

        Assert.Equal("The last step was on 2026-03-16; the next one cannot come before it.", Assert.Single(error.Errors["On"]));
    }

    [Fact]
    public async Task Introduction_StepBackwards_IsRefused()
    {
        var connector = await AddAsync(new PersonBuilder("Rita"));
        var ana = await AddAsync(new PersonBuilder("Ana"));
        var intro = await With<IntroductionService, IntroductionView>(s => s.CreateAsync(new IntroductionInput(connector, ana)));
        await With<IntroductionService, IntroductionView>(s => s.AdvanceAsync(intro.Id, new IntroductionStepInput("introduced")));

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => With<IntroductionService, IntroductionView>(s => s.AdvanceAsync(intro.Id, new IntroductionStepInput("asked"))));

        Assert.Equal("This introduction is already introduced; the next step is met.", Assert.Single(error.Errors["Status"]));
    }
}
