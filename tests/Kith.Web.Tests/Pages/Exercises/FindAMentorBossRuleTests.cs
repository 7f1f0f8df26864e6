using System.Globalization;
using System.Net;
using Kith.Core.Mentoring;
using Kith.Core.People;

namespace Kith.Web.Tests.Pages.Exercises;

/// <summary>The boss rule in the find-a-mentor exercise: my boss and boss's boss are never suggested, and choosing them is refused with the reason.</summary>
public sealed class FindAMentorBossRuleTests(KithWebFactory factory) : IClassFixture<KithWebFactory>, IAsyncLifetime
{
    private readonly PageClient _client = new(factory);
    private PersonDetail _boss = null!;
    private PersonDetail _bossesBoss = null!;

    public async Task InitializeAsync()
    {
        // me → Bob (boss) → Bea (boss's boss); both know strategy, as does a peer who may be suggested.
        _bossesBoss = await _client.AddPersonAsync(new PersonInput { FirstName = "Bea", LastName = "Top", Expertise = ["Strategy"] });
        _boss = await _client.AddPersonAsync(new PersonInput { FirstName = "Bob", LastName = "Middle", Expertise = ["Strategy"], ReportsToId = _bossesBoss.Id });
        await _client.AddPersonAsync(new PersonInput { FirstName = "Pat", LastName = "Peer", Expertise = ["Strategy"] });
        await _client.WithServiceAsync<PersonDetail, PeopleService>(async people =>
        {
            var me = await people.GetMeAsync();
            return await people.UpdateAsync(me.Id, new PersonInput { FirstName = me.FirstName, ReportsToId = _boss.Id });
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Who_BossAndBossesBoss_AreNotSuggested()
    {
        var step2 = await _client.GetAsync("/exercises/find-a-mentor/who?area=Strategy");

        var suggested = step2.QuerySelectorAll("input[name='Input.Who']").Select(i => i.GetAttribute("value")).ToList();
        Assert.DoesNotContain(Id(_boss.Id), suggested);
        Assert.DoesNotContain(Id(_bossesBoss.Id), suggested);
        Assert.Contains("Pat Peer — expertise in Strategy", step2.Texts("#Input_Who label"));
    }

    [Fact]
    public async Task Who_BossesBossPickedFromEveryone_IsRefusedWithTheExplanationNextToTheField()
    {
        var step2 = await _client.GetAsync("/exercises/find-a-mentor/who?area=Strategy");

        var posted = await _client.SubmitAsync(step2, "main form", ("Input.Who", "other"), ("Input.OtherPersonId", Id(_bossesBoss.Id)));

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        var message = posted.Document.FieldError("Input.OtherPersonId");
        Assert.StartsWith("Bea Top is your boss's boss. Having them as your mentor means going over your boss's head", message);
        Assert.Equal("true", posted.Document.QuerySelector("#Input_OtherPersonId")!.GetAttribute("aria-invalid"));
        Assert.Equal("#Input_OtherPersonId", posted.Document.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.NotNull(posted.Document.QuerySelector($"#Input_OtherPersonId option[value='{_bossesBoss.Id}'][selected]"));
        var mentorships = await _client.WithServiceAsync<int, MentorshipService>(async s => (await s.ListAsync(new MentorshipQuery(Status: "all"))).TotalCount);
        Assert.Equal(0, mentorships);
    }

    [Fact]
    public async Task Who_BossPickedFromEveryone_IsRefusedBecauseTheyJudgeYourWork()
    {
        var step2 = await _client.GetAsync("/exercises/find-a-mentor/who?area=Strategy");

        var posted = await _client.SubmitAsync(step2, "main form", ("Input.OtherPersonId", Id(_boss.Id)));

        Assert.StartsWith("Bob Middle is your boss, and your boss cannot also be your mentor", posted.Document.FieldError("Input.OtherPersonId"));
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
