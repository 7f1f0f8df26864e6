using System.Globalization;
using System.Net;
using Kith.Core.Interactions;
using Kith.Core.People;

namespace Kith.Web.Tests.Pages.People;

/// <summary>/people/duplicates and the person page's "Merge with…": two records of one person become one, keeping both timelines.</summary>
public sealed class DuplicatesPageTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly PageClient _client = new(factory);

    [Fact]
    public async Task Get_TwoPeopleSharingAnEmail_ListsThemTogetherWithTheirPages()
    {
        var (a, b) = await TwinsAsync("Dora", "dora@shared.example");

        var page = await _client.GetAsync("/people/duplicates");

        var group = GroupOf(page, a.Id);
        var links = group.QuerySelectorAll(".duplicate-people a").Select(l => (l.GetAttribute("href"), l.TextContent.Trim())).ToList();
        Assert.Equal([($"/people/{a.Id}", a.DisplayName), ($"/people/{b.Id}", b.DisplayName)], links);
        Assert.Contains("Dora & Co", group.QuerySelector(".duplicate-people")!.TextContent);
        Assert.NotEqual("", group.QuerySelector(".duplicate-reason")!.TextContent.Trim());
    }

    [Fact]
    public async Task PostMerge_KeepingTheSecond_MovesBothInteractionsToTheKeptPersonsTimeline()
    {
        var (a, b) = await TwinsAsync("Emil", "emil@shared.example");
        await LogAsync(a.Id, "Coffee with the first record");
        await LogAsync(b.Id, "Call with the second record");
        var page = await _client.GetAsync("/people/duplicates");
        var posted = await _client.SubmitAsync(page, $"#merge-{a.Id}-{b.Id}", ("keep", b.Id.ToString(CultureInfo.InvariantCulture)));

        Assert.Equal($"/people/{b.Id}", posted.Response.Headers.Location!.OriginalString);
        var kept = await _client.FollowAsync(posted);
        Assert.StartsWith($"Merged {a.DisplayName} into {b.DisplayName}.", kept.Text("[role=status]"));
        var timeline = kept.Texts("#timeline .timeline-summary");
        Assert.Contains("Coffee with the first record", timeline);
        Assert.Contains("Call with the second record", timeline);
        await _client.GetAsync($"/people/{a.Id}", HttpStatusCode.NotFound);
        var after = await _client.GetAsync("/people/duplicates");
        Assert.Null(after.QuerySelector($".duplicate-people a[href='/people/{b.Id}']"));
    }

    [Fact]
    public async Task PostMergeFromPersonPage_OtherRecord_KeepsThisPersonWithBothTimelines()
    {
        var (a, b) = await TwinsAsync("Fritz", "fritz@shared.example");
        await LogAsync(a.Id, "Lunch on the kept page", "2026-03-05");
        await LogAsync(b.Id, "Coffee on the merged page", "2026-03-02");
        var page = await _client.GetAsync($"/people/{a.Id}");

        var posted = await _client.SubmitAsync(page, "#merge form", ("Merge.With", b.Id.ToString(CultureInfo.InvariantCulture)));

        var kept = await _client.FollowAsync(posted);
        Assert.Equal(a.DisplayName, kept.Text("h1"));
        Assert.StartsWith($"Merged {b.DisplayName} into {a.DisplayName}.", kept.Text("[role=status]"));
        Assert.Equal(["Lunch on the kept page", "Coffee on the merged page"], kept.Texts("#timeline .timeline-summary"));
        await _client.GetAsync($"/people/{b.Id}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PostMergeFromPersonPage_NobodyChosen_AsksNextToTheFieldAndMergesNothing()
    {
        var (a, b) = await TwinsAsync("Greta", "greta@shared.example");
        var page = await _client.GetAsync($"/people/{a.Id}");

        var posted = await _client.SubmitAsync(page, "#merge form", ("Merge.With", ""));

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Equal("Choose the other record of this person.", posted.Document.FieldError("Merge.With"));
        await _client.GetAsync($"/people/{b.Id}");
    }

    /// <summary>Two records of one person sharing an e-mail address (typed differently), at an organisation no other test uses.</summary>
    private async Task<(PersonDetail A, PersonDetail B)> TwinsAsync(string first, string email)
    {
        var a = await _client.AddPersonAsync(new PersonInput { FirstName = first, LastName = "Twin", Organisation = $"{first} & Co", Emails = [email] });
        var b = await _client.AddPersonAsync(new PersonInput { FirstName = first, LastName = "Twinn", Emails = [email.ToUpperInvariant()] });
        return (a, b);
    }

    private Task<InteractionView> LogAsync(int personId, string summary, string on = "2026-03-02") =>
        _client.WithServiceAsync<InteractionView, InteractionService>(s =>
            s.LogAsync(new InteractionInput { PersonIds = [personId], OccurredAt = on, Kind = "coffee", Summary = summary }));

    private static AngleSharp.Dom.IElement GroupOf(AngleSharp.Dom.IDocument page, int personId) =>
        page.QuerySelectorAll(".duplicate-group").Single(g => g.QuerySelector($".duplicate-people a[href='/people/{personId}']") is not null);
}
