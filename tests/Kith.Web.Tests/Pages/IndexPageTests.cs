using System.Net;
using Kith.Core.KeepInTouch;
using Kith.Core.People;

namespace Kith.Web.Tests.Pages;

/// <summary>The dashboard at "/": the agenda with quick actions.</summary>
public sealed class IndexPageTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly PageClient _client = new(factory);

    [Fact]
    public async Task Get_PersonWithCadenceAndNoContact_IsListedAsDueWithALogLink()
    {
        var person = await _client.AddPersonAsync(new PersonInput { FirstName = "Dora", LastName = "Due", Roles = ["mentor"] });
        await _client.WithServiceAsync<CadenceView, KeepInTouchService>(s => s.SetCadenceAsync(person.Id, new CadenceInput { Every = 30 }));

        var page = await _client.GetAsync("/");

        var item = page.QuerySelectorAll(".agenda-item").Single(i => i.QuerySelector(".agenda-name")!.TextContent.Trim() == "Dora Due");
        Assert.Equal("Due", item.QuerySelector(".badge")!.TextContent.Trim());
        Assert.StartsWith("Nothing logged yet, every 30 days", item.QuerySelector(".agenda-reason")!.TextContent.Trim());
        Assert.Equal($"/people/{person.Id}#log", item.QuerySelector(".agenda-actions a")!.GetAttribute("href"));
        Assert.Null(item.QuerySelector("form"));
    }

    [Fact]
    public async Task PostDone_FollowUpDueToday_RemovesItAndSaysSo()
    {
        var person = await _client.AddPersonAsync(new PersonInput { FirstName = "Pia", LastName = "Promise" });
        await _client.WithServiceAsync<FollowUpView, KeepInTouchService>(s =>
            s.AddFollowUpAsync(new FollowUpInput { PersonId = person.Id, Description = "Return the book", DueOn = "2026-03-16" }));
        var page = await _client.GetAsync("/");
        Assert.Contains("Follow-up due today: Return the book", page.Texts(".agenda-reason"));

        var posted = await _client.SubmitAsync(page, ".agenda-item form");

        Assert.Equal(HttpStatusCode.Redirect, posted.Status);
        var after = await _client.FollowAsync(posted);
        Assert.Equal("Done: Return the book (Pia Promise).", after.Text("[role=status]"));
        Assert.DoesNotContain("Follow-up due today: Return the book", after.Texts(".agenda-reason"));
    }

    [Fact]
    public async Task Get_ThisWeek_AlsoShowsWhatComesDueLaterInTheWeek()
    {
        var person = await _client.AddPersonAsync(new PersonInput { FirstName = "Wes", LastName = "Week" });
        await _client.WithServiceAsync<FollowUpView, KeepInTouchService>(s =>
            s.AddFollowUpAsync(new FollowUpInput { PersonId = person.Id, Description = "Book the venue", DueOn = "2026-03-19" }));

        var today = await _client.GetAsync("/");
        Assert.DoesNotContain("Wes Week", today.Texts(".agenda-name"));
        Assert.Equal("page", today.QuerySelector(".tabs a[href='/']")!.GetAttribute("aria-current"));

        var week = await _client.GetAsync("/?window=week");
        var item = week.QuerySelectorAll(".agenda-item").Single(i => i.QuerySelector(".agenda-name")!.TextContent.Trim() == "Wes Week");
        Assert.Equal("Coming up", item.QuerySelector(".badge")!.TextContent.Trim());
        Assert.Equal("page", week.QuerySelector(".tabs a[href='/?window=week']")!.GetAttribute("aria-current"));
    }
}

/// <summary>A brand-new install: the dashboard must tell a new user what to do first.</summary>
public sealed class IndexPageEmptyTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly PageClient _client = new(factory);

    [Fact]
    public async Task Get_NoPeopleYet_ExplainsTheFirstStepsWithALinkToAddSomeone()
    {
        var page = await _client.GetAsync("/");

        Assert.Equal("Welcome to Kith", page.Text(".empty-state h3"));
        Assert.Equal(3, page.QuerySelectorAll(".empty-state ol.steps li").Length);
        Assert.Equal("/people/new", page.QuerySelector(".empty-state a.button")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Layout_EveryPage_HasSkipLinkMainLandmarkAndLabelledInputs()
    {
        foreach (var url in new[] { "/", "/people", "/people/new" })
        {
            var page = await _client.GetAsync(url);

            Assert.Equal("#main", page.QuerySelector("body > a.skip-link")!.GetAttribute("href"));
            Assert.NotNull(page.QuerySelector("main#main"));
            Assert.Single(page.QuerySelectorAll("h1"));
            var unlabelled = page.QuerySelectorAll("main input:not([type=hidden]), main select, main textarea")
                .Where(i => i.Id is null || page.QuerySelector($"label[for='{i.Id}']") is null)
                .Select(i => i.GetAttribute("name"))
                .ToList();
            Assert.True(unlabelled.Count == 0, $"{url}: inputs without a label: {string.Join(", ", unlabelled)}");
        }
    }
}
