using System.Net;

namespace Kith.Web.Tests.Pages.Networking;

/// <summary>/pitch: a version per audience with its length and speaking time, and the practice log.</summary>
public sealed class PitchPageTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly PageClient _client = new(factory);

    [Fact]
    public async Task Get_ShowsOneCardPerAudienceAndLoadsTheTimerScriptWithoutInlineCode()
    {
        var page = await _client.GetAsync("/pitch");

        Assert.Equal(["Everyday: what I do now", "At an event", "Job search"], page.Texts(".pitch-card h2"));
        // The timer's script, and the layout's person picker (every page has it), both files loaded after the page.
        var scripts = page.QuerySelectorAll("script");
        Assert.Equal(["/js/pitch-timer.js", "/js/person-picker.js"], scripts.Select(s => s.GetAttribute("src")));
        Assert.All(scripts, script => Assert.True(script.HasAttribute("defer")));
        Assert.All(scripts, script => Assert.Empty(script.TextContent));
        Assert.DoesNotContain(page.All, element => element.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));

        using var js = await _client.GetResponseAsync("/js/pitch-timer.js");
        Assert.Equal(HttpStatusCode.OK, js.StatusCode);
        Assert.Equal("text/javascript", js.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task PostSave_ShortPitch_ShowsWordsAndSpeakingTimeWithoutWarning()
    {
        var page = await _client.GetAsync("/pitch");
        var text = Words(26);

        var posted = await _client.SubmitAsync(page, "#pitch-everyday form[action*='handler=Save']", ("text", text));

        Assert.EndsWith("#pitch-everyday", posted.Response.Headers.Location!.OriginalString);
        var after = await _client.FollowAsync(posted);
        Assert.Equal("Saved “Everyday: what I do now”: 26 words, about 12 seconds to say.", after.Text("[role=status]"));
        Assert.Equal("26 words", after.Text("#pitch-everyday .pitch-words"));
        Assert.Equal("about 12 seconds to say", after.Text("#pitch-everyday .pitch-time"));
        Assert.Null(after.QuerySelector("#pitch-everyday .pitch-warning"));
        Assert.Equal(text, after.QuerySelector("#Everyday_Text")!.TextContent);
    }

    [Fact]
    public async Task PostSave_PastAMinute_WarnsAndSaysHowManyWordsToCut()
    {
        var page = await _client.GetAsync("/pitch");

        var after = await _client.FollowAsync(await _client.SubmitAsync(page, "#pitch-job-search form[action*='handler=Save']", ("text", Words(150))));

        Assert.Equal("150 words", after.Text("#pitch-job-search .pitch-words"));
        Assert.Equal("about 1 min 09 s to say", after.Text("#pitch-job-search .pitch-time"));
        Assert.Equal("Too long. About 69 seconds: past a minute, people stop listening. Cut about 20 words.", after.Text("#pitch-job-search .pitch-warning"));
    }

    [Fact]
    public async Task PostSave_Empty_ShowsTheMessageUnderThatCardOnly()
    {
        var page = await _client.GetAsync("/pitch");

        var posted = await _client.SubmitAsync(page, "#pitch-event form[action*='handler=Save']", ("text", "   "));

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Equal("Write what you would say: who you are, what you do now, and what you are looking for.", posted.Document.FieldError("Event.Text"));
        Assert.Equal("true", posted.Document.QuerySelector("#Event_Text")!.GetAttribute("aria-invalid"));
        Assert.Equal("#Event_Text", posted.Document.QuerySelector("#pitch-event .error-summary a")!.GetAttribute("href"));
        Assert.Single(posted.Document.QuerySelectorAll(".error-summary"));
    }

    [Fact]
    public async Task PostPractice_TwoRuns_ListsThemNewestFirstWithTheAverageRating()
    {
        var page = await _client.GetAsync("/pitch");
        var saved = await _client.FollowAsync(await _client.SubmitAsync(page, "#pitch-event form[action*='handler=Save']", ("text", Words(40))));
        Assert.Equal("2026-03-16", saved.QuerySelector("#EventPractice_PractisedOn")!.GetAttribute("value"));

        var first = await _client.SubmitAsync(saved, "#pitch-event form[action*='handler=Practice']",
            ("Practice.DurationSeconds", "52"), ("Practice.Rating", "4"), ("Practice.PractisedOn", "2026-03-15"), ("Practice.Notes", "rushed the ending"));
        var afterFirst = await _client.FollowAsync(first);
        Assert.Equal("Logged a practice of 52 seconds, rated 4 of 5.", afterFirst.Text("[role=status]"));

        var second = await _client.SubmitAsync(afterFirst, "#pitch-event form[action*='handler=Practice']", ("Practice.DurationSeconds", "75"), ("Practice.Rating", "3"));
        var after = await _client.FollowAsync(second);

        Assert.Equal(["Mon 16 Mar 2026 · 1 min 15 s · rated 3 of 5", "Sun 15 Mar 2026 · 52 seconds · rated 4 of 5 · rushed the ending"],
            after.QuerySelectorAll("#pitch-event .practice-log li").Select(li => string.Join(' ', li.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));
        Assert.Equal("Average rating 3.5 of 5 over 2 practices.", string.Join(' ', after.Text("#pitch-event .pitch-average").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public async Task PostPractice_NoDurationNoRating_ShowsBothMessagesNextToTheirFields()
    {
        var page = await _client.GetAsync("/pitch");
        var saved = await _client.FollowAsync(await _client.SubmitAsync(page, "#pitch-everyday form[action*='handler=Save']", ("text", Words(30))));

        var posted = await _client.SubmitAsync(saved, "#pitch-everyday form[action*='handler=Practice']", ("Practice.Notes", "kept"));

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Equal("Say how long it took, in seconds (the timer on the page fills this in).", posted.Document.FieldError("EverydayPractice.DurationSeconds"));
        Assert.Equal("Rate how it went, from 1 (rough) to 5 (smooth).", posted.Document.FieldError("EverydayPractice.Rating"));
        Assert.Equal("kept", posted.Document.QuerySelector("#EverydayPractice_Notes")!.TextContent);
        Assert.Equal(["#EverydayPractice_DurationSeconds", "#EverydayPractice_Rating"],
            posted.Document.QuerySelectorAll("#pitch-everyday .error-summary a").Select(a => a.GetAttribute("href")));
    }

    /// <summary>A text of exactly <paramref name="count"/> words.</summary>
    private static string Words(int count) =>
        string.Join(' ', Enumerable.Range(1, count).Select(i => i % 10 == 0 ? "finance." : "word"));
}
