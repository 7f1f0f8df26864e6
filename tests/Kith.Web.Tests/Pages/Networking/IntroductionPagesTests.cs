using System.Net;
using Kith.Core.Opportunities;
using Kith.Core.People;
using static Kith.Web.Tests.Pages.Networking.NetworkingSetup;

namespace Kith.Web.Tests.Pages.Networking;

/// <summary>/introductions and /introductions/new: asking a connector, and each step through to meeting.</summary>
public sealed class IntroductionPagesTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly PageClient _client = new(factory);

    [Fact]
    public async Task Journey_PeopleSuchAs_ToAskAskedIntroducedMet_CreatesThePersonAndBothFollowUps()
    {
        var bo = await _client.AddPersonAsync(new PersonInput { FirstName = "Bo", LastName = "Connector" });
        var form = await _client.GetAsync("/introductions/new");

        var created = await _client.SubmitAsync(form, "main form",
            ("Input.ConnectorId", Id(bo.Id)), ("Input.TargetDescription", "someone in Treasury"), ("Input.Reason", "Learn the budget cycle"));

        Assert.Matches(@"^/introductions#intro-\d+$", created.Response.Headers.Location!.OriginalString);
        var list = await _client.FollowAsync(created);
        Assert.Equal("Added: ask Bo Connector to introduce you to someone in Treasury.", list.Text("[role=status]"));
        var introId = created.Response.Headers.Location!.OriginalString.Split('#')[1];
        var item = list.QuerySelector($"#status-to-ask #{introId}")!;
        Assert.Equal("Ask Bo Connector to introduce you to people such as someone in Treasury", Squash(item.QuerySelector(".intro-headline")!.TextContent));
        Assert.Contains("Why: Learn the budget cycle", item.TextContent);

        var asked = await _client.FollowAsync(await _client.SubmitAsync(list, $"#{introId} form[action*='handler=Step']"));
        Assert.Equal("Noted: you asked Bo Connector to introduce you to someone in Treasury.", asked.Text("[role=status]"));
        Assert.Contains("· asked Mon 16 Mar 2026", asked.Text($"#status-asked #{introId} .meta"));

        var introduced = await _client.FollowAsync(await _client.SubmitAsync(asked, $"#{introId} form[action*='handler=Step']"));
        Assert.Equal("Noted: Bo Connector introduced you to someone in Treasury. Next, meet them.", introduced.Text("[role=status]"));
        Assert.NotNull(introduced.QuerySelector($"#status-introduced #{introId} details.intro-met[open]"));
        Assert.Null(introduced.QuerySelector($"#{introId} form[action*='handler=Step']"));

        var met = await _client.SubmitAsync(introduced, $"#{introId} form[action*='handler=Met']",
            ("Met.FirstName", "Tara"), ("Met.LastName", "Treasury"), ("Met.Organisation", "Head office"));

        var done = await _client.FollowAsync(met);
        Assert.Equal("Met Tara Treasury, introduced by Bo Connector. Kith logged the meeting and set two follow-ups: "
            + "thank Bo Connector for the introduction, and follow up with Tara Treasury.", done.Text("[role=status]"));
        Assert.Equal("Bo Connector introduced you to Tara Treasury", Squash(done.Text($"#status-met #{introId} .intro-headline")));
        Assert.Null(done.QuerySelector($"#{introId} form[action*='handler=Met']"));

        var tara = await _client.FindPersonAsync("Tara Treasury");
        Assert.NotNull(tara);
        Assert.Equal(("Introduced by Bo Connector", new DateOnly(2026, 3, 16)), (tara.HowWeMet, tara.MetOn));
        Assert.Equal("Thank Bo for introducing you to Tara Treasury", Assert.Single(await _client.OpenFollowUpsAsync(bo.Id)).Description);
        Assert.Equal("Follow up with Tara after your first meeting", Assert.Single(await _client.OpenFollowUpsAsync(tara.Id)).Description);
    }

    [Fact]
    public async Task PostMet_FromToAskWithTheNamedPerson_LinksThemWithoutRetyping()
    {
        var connector = await _client.AddPersonAsync(new PersonInput { FirstName = "Cy", LastName = "Boss" });
        var ana = await _client.AddPersonAsync(new PersonInput { FirstName = "Ana", LastName = "Target" });
        var intro = await _client.WithServiceAsync<IntroductionView, IntroductionService>(s => s.CreateAsync(new IntroductionInput(connector.Id, ana.Id)));
        var list = await _client.GetAsync("/introductions");
        Assert.NotNull(list.QuerySelector($"#Met{intro.Id}_PersonId option[value='{ana.Id}'][selected]"));

        var met = await _client.SubmitAsync(list, $"#intro-{intro.Id} form[action*='handler=Met']", ("Met.On", "2026-03-13"));

        var after = await _client.FollowAsync(met);
        Assert.StartsWith("Met Ana Target, introduced by Cy Boss.", after.Text("[role=status]"));
        Assert.Contains("Met Fri 13 Mar 2026", after.Text($"#status-met #intro-{intro.Id} .meta"));
        var linked = await _client.WithServiceAsync<PersonDetail, PeopleService>(s => s.GetAsync(ana.Id));
        Assert.Equal("Introduced by Cy Boss", linked.HowWeMet);
        Assert.Single(await _client.OpenFollowUpsAsync(connector.Id));
        Assert.Single(await _client.OpenFollowUpsAsync(ana.Id));
    }

    [Fact]
    public async Task PostNew_NoConnectorNoOne_ShowsMessagesNextToTheFields()
    {
        await _client.AddPersonAsync(new PersonInput { FirstName = "Someone" });
        var form = await _client.GetAsync("/introductions/new");

        var posted = await _client.SubmitAsync(form, "main form", ("Input.Reason", "kept reason"));

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Equal("Choose the connector who will introduce you: a colleague who knows everyone, or your boss.", posted.Document.FieldError("Input.ConnectorId"));
        Assert.Equal("Say whom you want to meet: a person, or people such as \"someone in Treasury\".", posted.Document.FieldError("Input.TargetDescription"));
        Assert.Equal("kept reason", posted.Document.QuerySelector("#Input_Reason")!.TextContent.Trim());
        Assert.Equal(["#Input_ConnectorId", "#Input_TargetDescription"], posted.Document.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task PostSteps_FutureDateOrNoOneMet_ShowMessagesOnlyOnThatItem()
    {
        var connector = await _client.AddPersonAsync(new PersonInput { FirstName = "Dee", LastName = "Connector" });
        var first = await _client.WithServiceAsync<IntroductionView, IntroductionService>(s =>
            s.CreateAsync(new IntroductionInput(connector.Id, TargetDescription: "people in Legal")));
        var second = await _client.WithServiceAsync<IntroductionView, IntroductionService>(s =>
            s.CreateAsync(new IntroductionInput(connector.Id, TargetDescription: "people in Sales")));
        var list = await _client.GetAsync("/introductions");

        var future = await _client.SubmitAsync(list, $"#intro-{first.Id} form[action*='handler=Step']", ("Step.On", "2026-03-20"));
        Assert.Equal(HttpStatusCode.OK, future.Status);
        Assert.Equal("2026-03-20 is in the future; record a step once it has happened.", future.Document.FieldError($"Step{first.Id}.On"));
        Assert.Equal("2026-03-20", future.Document.QuerySelector($"#Step{first.Id}_On")!.GetAttribute("value"));
        Assert.Equal("", future.Document.FieldError($"Step{second.Id}.On"));
        Assert.Equal("2026-03-16", future.Document.QuerySelector($"#Step{second.Id}_On")!.GetAttribute("value"));

        var nobody = await _client.SubmitAsync(list, $"#intro-{second.Id} form[action*='handler=Met']");
        Assert.Equal("Say whom you met: choose the person or enter their name.", nobody.Document.FieldError($"Met{second.Id}.PersonId"));
        Assert.NotNull(nobody.Document.QuerySelector($"#intro-{second.Id} details.intro-met[open]"));
        Assert.Null(nobody.Document.QuerySelector($"#intro-{first.Id} details.intro-met[open]"));
        var still = await _client.WithServiceAsync<IntroductionView, IntroductionService>(s => s.GetAsync(second.Id));
        Assert.Equal(IntroductionStatus.ToAsk, still.Status);
    }

    [Fact]
    public async Task Get_ExplainsWhatAConnectorIs()
    {
        var page = await _client.GetAsync("/introductions");

        Assert.Equal("What is a connector?", page.Text("#connector-heading"));
        Assert.Contains("a colleague who isn't shy, or your boss", page.Text(".connector-explainer"));
        Assert.Equal("/introductions/new", page.QuerySelector(".page-head a.button")!.GetAttribute("href"));
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
