using System.Net;
using Kith.Core.Interactions;
using Kith.Core.KeepInTouch;
using Kith.Core.Opportunities;
using Kith.Core.People;

namespace Kith.Web.Tests.Api;

/// <summary>
/// Introductions through a connector, from to-ask to met. Tests share one database and clock
/// (Monday 2026-03-16), so each creates its own connector and reads only its own introductions.
/// </summary>
public sealed class IntroductionsApiTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private static readonly DateOnly Today = new(2026, 3, 16);
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<IntroductionView> CreateAsync(IntroductionInput input) =>
        await (await _client.PostJsonAsync("/api/v1/introductions", input)).ReadAsync<IntroductionView>(HttpStatusCode.Created);

    private async Task<HttpResponseMessage> StepAsync(int id, IntroductionStepInput step) =>
        await _client.PostJsonAsync($"/api/v1/introductions/{id}/steps", step);

    [Fact]
    public async Task Create_ToMeetPeopleInADepartment_Returns201ToAskAndListsItAmongTheOpenOnes()
    {
        var carla = await _client.CreatePersonAsync("Carla", "Connector");

        var response = await _client.PostJsonAsync("/api/v1/introductions",
            new IntroductionInput(carla.Id, TargetDescription: "someone in Treasury", Reason: "learn the budget cycle"));

        var intro = await response.ReadAsync<IntroductionView>(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/introductions/{intro.Id}", response.Headers.Location?.AbsolutePath);
        Assert.Equal((IntroductionStatus.ToAsk, "Carla Connector", "someone in Treasury", "learn the budget cycle", (PersonRef?)null),
            (intro.Status, intro.Connector.DisplayName, intro.Whom, intro.Reason, intro.Target));
        Assert.Contains(intro.Id, (await _client.GetOkAsync<PageBody<IntroductionView>>("/api/v1/introductions?status=open&pageSize=200")).Items.Select(i => i.Id));
        Assert.Contains(intro.Id, (await _client.GetOkAsync<PageBody<IntroductionView>>("/api/v1/introductions?status=to-ask&pageSize=200")).Items.Select(i => i.Id));
        var json = await (await _client.GetAsync($"/api/v1/introductions/{intro.Id}")).ReadJsonAsync();
        Assert.Equal("to-ask", json.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Advance_ToAskAskedIntroducedMet_CreatesThePersonWithTheConnectorAsHowWeMetAndTwoFollowUps()
    {
        var carla = await _client.CreatePersonAsync("Carla", "Boss");
        var intro = await CreateAsync(new IntroductionInput(carla.Id, TargetDescription: "someone in Treasury"));

        var asked = await (await StepAsync(intro.Id, new IntroductionStepInput("asked", "2026-03-10"))).ReadAsync<IntroductionView>();
        var introduced = await (await StepAsync(intro.Id, new IntroductionStepInput("introduced", "2026-03-12"))).ReadAsync<IntroductionView>();
        var met = await (await StepAsync(intro.Id, new IntroductionStepInput("met", "2026-03-13",
            new MetInput(NewPerson: new PersonInput { FirstName = "Tomás", LastName = "Treasury", Department = "Treasury" })))).ReadAsync<IntroductionView>();

        Assert.Equal((IntroductionStatus.Asked, new DateOnly(2026, 3, 10)), (asked.Status, asked.AskedOn));
        Assert.Equal((IntroductionStatus.Introduced, new DateOnly(2026, 3, 12)), (introduced.Status, introduced.IntroducedOn));
        Assert.Equal((IntroductionStatus.Met, new DateOnly(2026, 3, 13), "Tomás Treasury"), (met.Status, met.MetOn, met.Whom));
        var tomas = await _client.GetOkAsync<PersonDetail>($"/api/v1/people/{met.Target!.Id}");
        Assert.Equal(("Introduced by Carla Boss", new DateOnly(2026, 3, 13), "Treasury"), (tomas.HowWeMet, tomas.MetOn, tomas.Department));
        var first = Assert.Single((await _client.GetOkAsync<PageBody<InteractionView>>($"/api/v1/people/{tomas.Id}/interactions")).Items);
        Assert.Equal((InteractionKind.Meeting, "First meeting, introduced by Carla Boss"), (first.Kind, first.Summary));
        // The thank-you is due the day after, but never in the past; the follow-up a week after.
        Assert.Equal([("Thank Carla for introducing you to Tomás Treasury", Today)],
            (await _client.GetOkAsync<PageBody<FollowUpView>>($"/api/v1/follow-ups?personId={carla.Id}")).Items.Select(f => (f.Description, f.DueOn)));
        Assert.Equal([("Follow up with Tomás after your first meeting", new DateOnly(2026, 3, 20))],
            (await _client.GetOkAsync<PageBody<FollowUpView>>($"/api/v1/follow-ups?personId={tomas.Id}")).Items.Select(f => (f.Description, f.DueOn)));
        Assert.DoesNotContain(intro.Id, (await _client.GetOkAsync<PageBody<IntroductionView>>("/api/v1/introductions?status=open&pageSize=200")).Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Advance_ToMetWithANamedTarget_LinksThemWithoutABody()
    {
        var carla = await _client.CreatePersonAsync("Carla", "Named");
        var dan = await _client.CreatePersonAsync("Dan", "Target");
        var intro = await CreateAsync(new IntroductionInput(carla.Id, dan.Id));

        var met = await (await StepAsync(intro.Id, new IntroductionStepInput("met"))).ReadAsync<IntroductionView>();

        Assert.Equal((dan.Id, Today, Today, Today), (met.Target?.Id, met.AskedOn, met.IntroducedOn, met.MetOn));
        Assert.Equal("Introduced by Carla Named", (await _client.GetOkAsync<PersonDetail>($"/api/v1/people/{dan.Id}")).HowWeMet);
    }

    [Fact]
    public async Task Advance_BackwardsInTheFutureOrMetWithNobody_Returns400AndChangesNothing()
    {
        var carla = await _client.CreatePersonAsync("Carla", "Careful");
        var intro = await CreateAsync(new IntroductionInput(carla.Id, TargetDescription: "people in Legal"));
        await (await StepAsync(intro.Id, new IntroductionStepInput("introduced"))).ReadAsync<IntroductionView>();

        var backwards = await StepAsync(intro.Id, new IntroductionStepInput("asked"));
        var future = await StepAsync(intro.Id, new IntroductionStepInput("met", "2026-03-20"));
        var nobody = await StepAsync(intro.Id, new IntroductionStepInput("met"));
        var unknown = await StepAsync(intro.Id, new IntroductionStepInput("befriended"));

        Assert.Equal(["This introduction is already introduced; the next step is met."], (await backwards.ReadFieldErrorsAsync("status"))["status"]);
        await future.ReadFieldErrorsAsync("on");
        Assert.Equal(["Say whom you met: choose the person or enter their name."], (await nobody.ReadFieldErrorsAsync("met"))["met"]);
        await unknown.ReadFieldErrorsAsync("status");
        Assert.Equal(IntroductionStatus.Introduced, (await _client.GetOkAsync<IntroductionView>($"/api/v1/introductions/{intro.Id}")).Status);
    }

    [Fact]
    public async Task Create_NoConnectorOrWhom_Returns400NamingEachField()
    {
        var carla = await _client.CreatePersonAsync("Carla", "Same");

        var empty = await _client.PostJsonAsync("/api/v1/introductions", new { });
        var same = await _client.PostJsonAsync("/api/v1/introductions", new IntroductionInput(carla.Id, carla.Id));
        var badStatus = await _client.GetAsync("/api/v1/introductions?status=maybe");

        await empty.ReadFieldErrorsAsync("connectorId", "targetDescription");
        await same.ReadFieldErrorsAsync("targetId");
        await badStatus.ReadFieldErrorsAsync("status");
    }

    [Fact]
    public async Task Delete_Returns204ThenTheIntroductionIs404()
    {
        var carla = await _client.CreatePersonAsync("Carla", "Gone");
        var intro = await CreateAsync(new IntroductionInput(carla.Id, TargetDescription: "someone in HR"));

        var response = await _client.DeleteAsync($"/api/v1/introductions/{intro.Id}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await (await _client.GetAsync($"/api/v1/introductions/{intro.Id}")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await StepAsync(intro.Id, new IntroductionStepInput("asked"))).ReadProblemAsync(HttpStatusCode.NotFound);
    }
}
