using Kith.Core.Common;
using Kith.Core.Interactions;
using Kith.Core.KeepInTouch;
using Kith.Core.Mentoring;
using Kith.Core.People;
using Kith.Core.Tests.Mentoring;

namespace Kith.Core.Tests.People;

public sealed class MergeServiceTests : MentoringTestBase
{
    [Fact]
    public async Task FindDuplicates_SharedEmailAndSimilarNameAtSameOrganisation_GroupsThemWithReason()
    {
        var ana = await AddAsync(new PersonBuilder("Ana", "Lima").At("Acme").WithEmail("ana@acme.example"));
        var ana2 = await AddAsync(new PersonBuilder("Ana", "Lima").WithEmail("ANA@acme.example"));
        var bob = await AddAsync(new PersonBuilder("Bob", "Stone").At("Initech"));
        var bobby = await AddAsync(new PersonBuilder("Bobby", "Stone").At("initech"));
        await AddAsync(new PersonBuilder("Carla", "Stone").At("Initech"));
        await AddAsync(new PersonBuilder("Ana", "Souza").At("Acme"));

        var groups = await With<MergeService, IReadOnlyList<DuplicateGroup>>(s => s.FindDuplicatesAsync());

        Assert.Equal(2, groups.Count);
        var anas = Assert.Single(groups, g => g.People.Any(p => p.Id == ana));
        Assert.Equal([ana, ana2], anas.People.Select(p => p.Id));
        Assert.Equal("same e-mail ana@acme.example", anas.Reason);
        var bobs = Assert.Single(groups, g => g.People.Any(p => p.Id == bob));
        Assert.Equal([bob, bobby], bobs.People.Select(p => p.Id));
        Assert.Equal("similar name at Initech", bobs.Reason);
    }

    [Fact]
    public async Task Merge_TwoRecordsOfOnePerson_KeepsEveryInteractionFollowUpMentorshipAndTag()
    {
        var keep = await AddAsync(new PersonBuilder("Ana", "Lima").Tagged("book club").WithEmail("ana@acme.example"));
        var other = await AddAsync(new PersonBuilder("Ana").At("Acme").Tagged("running").WithEmail("ana.lima@home.example").MetOn("2020-05-01").Expert("finance"));
        var carl = await AddAsync(new PersonBuilder("Carl"));
        await With<InteractionService, InteractionView>(s => s.LogAsync(new InteractionInput { PersonIds = [keep], OccurredAt = "2026-03-01", Kind = "coffee", Summary = "Coffee with keep" }));
        await With<InteractionService, InteractionView>(s => s.LogAsync(new InteractionInput { PersonIds = [other, carl], OccurredAt = "2026-03-10", Kind = "lunch", Summary = "Lunch with other" }));
        await With<InteractionService, InteractionView>(s => s.LogAsync(new InteractionInput { PersonIds = [keep, other], OccurredAt = "2026-03-05", Kind = "call", Summary = "Call with both" }));
        await With<KeepInTouchService, FollowUpView>(s => s.AddFollowUpAsync(new FollowUpInput { PersonId = other, Description = "Send the article", DueOn = "2026-03-20" }));
        await MentorAsync(other, "active", "finance");

        var merged = await With<MergeService, PersonDetail>(s => s.MergeAsync(keep, other));

        Assert.Equal("Ana Lima", merged.DisplayName);
        Assert.Equal("Acme", merged.Organisation);
        Assert.Equal(new DateOnly(2020, 5, 1), merged.MetOn);
        Assert.Equal(["ana@acme.example", "ana.lima@home.example"], merged.Emails);
        Assert.Equal(["book club", "running"], merged.Tags);
        Assert.Equal(["finance"], merged.Expertise);
        Assert.Contains(PersonRoles.Mentor, merged.Roles);
        var timeline = await With<InteractionService, Page<InteractionView>>(s => s.ListAsync(new InteractionQuery { PersonId = keep }));
        Assert.Equal(["Lunch with other", "Call with both", "Coffee with keep"], timeline.Items.Select(i => i.Summary));
        Assert.Equal(new DateTime(2026, 3, 10, 12, 0, 0, DateTimeKind.Utc).Date, merged.LastInteractionAt!.Value.Date);
        var followUps = await With<KeepInTouchService, Page<FollowUpView>>(s => s.ListFollowUpsAsync(new FollowUpQuery { PersonId = keep }));
        Assert.Equal("Send the article", Assert.Single(followUps.Items).Description);
        var mentorships = await With<MentorshipService, Page<MentorshipSummary>>(s => s.ListAsync(new MentorshipQuery()));
        Assert.Equal(keep, Assert.Single(mentorships.Items).PersonId);
        await Assert.ThrowsAsync<NotFoundException>(() => With<PeopleService, PersonDetail>(s => s.GetAsync(other)));
        var carlTimeline = await With<InteractionService, Page<InteractionView>>(s => s.ListAsync(new InteractionQuery { PersonId = carl }));
        Assert.Equal("Lunch with other", Assert.Single(carlTimeline.Items).Summary);
    }

    [Fact]
    public async Task Merge_SomeoneReportingToTheMergedPerson_NowReportsToTheKeptOne()
    {
        var keep = await AddAsync(new PersonBuilder("Dana"));
        var other = await AddAsync(new PersonBuilder("Dana", "K"));
        var report = await AddAsync(new PersonBuilder("Eve").ReportsTo(other));

        await With<MergeService, PersonDetail>(s => s.MergeAsync(keep, other));

        var eve = await With<PeopleService, PersonDetail>(s => s.GetAsync(report));
        Assert.Equal(keep, eve.ReportsTo?.Id);
    }

    [Fact]
    public async Task Merge_MeOrTheSamePerson_IsRefusedAndChangesNothing()
    {
        var me = await MeAsync();
        var ana = await AddAsync(new PersonBuilder("Ana"));

        var intoMe = await Assert.ThrowsAsync<ValidationFailedException>(() => With<MergeService, PersonDetail>(s => s.MergeAsync(me, ana)));
        var self = await Assert.ThrowsAsync<ValidationFailedException>(() => With<MergeService, PersonDetail>(s => s.MergeAsync(ana, ana)));
        await Assert.ThrowsAsync<NotFoundException>(() => With<MergeService, PersonDetail>(s => s.MergeAsync(ana, 99_999)));

        Assert.Contains("OtherId", intoMe.Errors.Keys);
        Assert.Contains("OtherId", self.Errors.Keys);
        Assert.Equal("Ana", (await With<PeopleService, PersonDetail>(s => s.GetAsync(ana))).FirstName);
    }
}
