using Kith.Core.Common;
using Kith.Core.Mentoring;

namespace Kith.Core.Tests.Mentoring;

public sealed class BossRuleTests : MentoringTestBase
{
    [Fact]
    public void Chain_NoBossRecorded_IsEmpty() =>
        Assert.Equal(BossChain.Empty, BossRule.Chain(1, null, null));

    [Fact]
    public void Chain_BossAndBossesBoss_AreBothNamed()
    {
        var chain = BossRule.Chain(1, 2, 3);

        Assert.Equal(BossRelation.Boss, chain.RelationOf(2));
        Assert.Equal(BossRelation.BossesBoss, chain.RelationOf(3));
        Assert.Equal(BossRelation.None, chain.RelationOf(4));
    }

    [Fact]
    public void Chain_BossReportsBackToMe_StopsAtTheLoopInsteadOfNamingMeMyOwnBossesBoss()
    {
        var chain = BossRule.Chain(1, 2, 1);

        Assert.Equal(2, chain.BossId);
        Assert.Null(chain.BossesBossId);
        Assert.Equal(BossRelation.None, chain.RelationOf(1));
    }

    [Fact]
    public void Chain_MeReportingToMyself_HasNoBoss() =>
        Assert.Equal(BossChain.Empty, BossRule.Chain(1, 1, null));

    [Fact]
    public async Task Create_BossesBossAsMentor_IsRefusedWithTheExplanation()
    {
        var (_, _, bigBoss) = await OrgChartAsync();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => MentorAsync(bigBoss));

        var message = Assert.Single(error.Errors["PersonId"]);
        Assert.Contains("Carla Reis is your boss's boss", message);
        Assert.Contains("going over your boss's head", message);
        Assert.Empty((await BoardAsync()).Mentors);
    }

    [Fact]
    public async Task Create_BossAsMentor_IsRefusedEvenAsACandidate()
    {
        var (_, boss, _) = await OrgChartAsync();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => MentorAsync(boss, "candidate"));

        Assert.Contains("Bruno Costa is your boss", Assert.Single(error.Errors["PersonId"]));
    }

    [Fact]
    public async Task Create_BossOutsideMyEmployer_IsStillMyBoss()
    {
        var me = await MeAsync();
        var boss = await AddAsync(new PersonBuilder("Dana").Employer("outside"));
        await ReportsToAsync(me, boss);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => MentorAsync(boss));

        Assert.Contains("is your boss", Assert.Single(error.Errors["PersonId"]));
    }

    [Fact]
    public async Task Create_ThreeLevelsUp_IsAllowed()
    {
        var (_, _, bigBoss) = await OrgChartAsync();
        var ceo = await AddAsync(new PersonBuilder("Eva"));
        await ReportsToAsync(bigBoss, ceo);

        var mentorship = await MentorAsync(ceo);

        Assert.Equal(MentorshipStatus.Active, mentorship.Summary.Status);
    }

    [Fact]
    public async Task Create_NoBossRecorded_AnyoneCanBeAMentor()
    {
        var ana = await AddAsync(new PersonBuilder("Ana"));

        var mentorship = await MentorAsync(ana);

        Assert.Equal(ana, mentorship.Summary.PersonId);
        Assert.Null(mentorship.BossConflict);
    }

    [Fact]
    public async Task Update_PlaceholderBecomesMyBoss_IsRefused()
    {
        var (_, boss, _) = await OrgChartAsync();
        var placeholder = await With<MentorshipService, MentorshipDetail>(s => s.CreateAsync(new MentorshipInput(null, Seeking: "someone who has run a budget")));

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            With<MentorshipService, MentorshipDetail>(s => s.UpdateAsync(placeholder.Summary.Id, new MentorshipInput(boss))));

        Assert.Contains("is your boss", Assert.Single(error.Errors["PersonId"]));
    }

    [Fact]
    public async Task OrgChartChange_MentorBecomesMyBoss_IsFlaggedAndCanOnlyBeEnded()
    {
        var me = await MeAsync();
        var ana = await AddAsync(new PersonBuilder("Ana", "Lima"));
        var mentorship = await MentorAsync(ana);

        await ReportsToAsync(me, ana);

        var board = await BoardAsync();
        var warning = Assert.Single(board.Warnings, w => w.Code == "boss-conflict");
        Assert.Equal(mentorship.Summary.Id, warning.MentorshipId);
        Assert.Contains("Ana Lima is now your boss", warning.Message);
        Assert.Equal(BossRelation.Boss, Assert.Single(board.Mentors).BossConflict);
        var detail = await With<MentorshipService, MentorshipDetail>(s => s.GetAsync(mentorship.Summary.Id));
        Assert.Contains("is your boss", detail.BossConflict);

        await Assert.ThrowsAsync<ValidationFailedException>(() =>
            With<MentorshipService, MentorshipDetail>(s => s.ChangeStatusAsync(mentorship.Summary.Id, new StatusChangeInput("paused"))));
        var ended = await With<MentorshipService, MentorshipDetail>(s => s.ChangeStatusAsync(mentorship.Summary.Id, new StatusChangeInput("ended", Note: "Ana became my manager")));
        Assert.Equal(MentorshipStatus.Ended, ended.Summary.Status);
        Assert.DoesNotContain((await BoardAsync()).Warnings, w => w.Code == "boss-conflict");
    }

    [Fact]
    public async Task OrgChart_LoopThroughMe_IsRefusedOnSave()
    {
        var (me, boss, _) = await OrgChartAsync();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => ReportsToAsync(boss, me));

        Assert.Contains("loop", Assert.Single(error.Errors["ReportsToId"]));
    }

    /// <summary>me → Bruno (boss) → Carla (boss's boss).</summary>
    private async Task<(int Me, int Boss, int BossesBoss)> OrgChartAsync()
    {
        var me = await MeAsync();
        var bigBoss = await AddAsync(new PersonBuilder("Carla", "Reis"));
        var boss = await AddAsync(new PersonBuilder("Bruno", "Costa").ReportsTo(bigBoss));
        await ReportsToAsync(me, boss);
        return (me, boss, bigBoss);
    }
}
