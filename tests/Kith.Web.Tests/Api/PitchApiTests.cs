using System.Net;
using Kith.Core.Pitch;

namespace Kith.Web.Tests.Api;

/// <summary>
/// My pitch per audience, its speaking time and the practice log. There is one version per
/// audience in an account, so each test gets its own database (a factory per test).
/// </summary>
public sealed class PitchApiTests : IDisposable
{
    private const string Short = "I run the payments team at Acme: we make paying a supplier as easy as sending a message. I am looking to learn how Treasury plans cash.";

    private readonly KithWebFactory _factory = new();
    private readonly HttpClient _client;

    public PitchApiTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    private async Task<PitchView> SaveAsync(string audience, string text, HttpStatusCode expected = HttpStatusCode.Created) =>
        await (await _client.PutJsonAsync($"/api/v1/pitch/{audience}", new { text })).ReadAsync<PitchView>(expected);

    [Fact]
    public async Task SavePitch_NewAudience_Returns201WithWordCountAndSpeakingTime()
    {
        var response = await _client.PutJsonAsync("/api/v1/pitch/everyday", new { text = Short });

        var pitch = await response.ReadAsync<PitchView>(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/pitch/{pitch.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal((PitchAudience.Everyday, 27, 12, (string?)null), (pitch.Audience, pitch.Words, pitch.SpeakingSeconds, pitch.Warning));
        var read = await _client.GetOkAsync<PitchView>($"/api/v1/pitch/{pitch.Id}");
        Assert.Equal((Short, 27, 0), (read.Text, read.Words, read.Practices));
    }

    [Fact]
    public async Task SavePitch_SameAudienceAgain_Returns200ReplacingItAndWarnsPastAMinute()
    {
        var first = await SaveAsync("job-search", Short);
        var long150 = string.Join(' ', Enumerable.Repeat("word", 150));

        var replaced = await SaveAsync("job-search", long150, HttpStatusCode.OK);

        Assert.Equal((first.Id, PitchAudience.JobSearch, 150, 69), (replaced.Id, replaced.Audience, replaced.Words, replaced.SpeakingSeconds));
        Assert.Equal("About 69 seconds: past a minute, people stop listening. Cut about 20 words.", replaced.Warning);
        var json = await (await _client.GetAsync("/api/v1/pitch")).ReadJsonAsync();
        Assert.Equal(["job-search"], json.EnumerateArray().Select(p => p.GetProperty("audience").GetString()));
    }

    [Fact]
    public async Task ListPitches_OneVersionPerAudience_InAudienceOrder()
    {
        await SaveAsync("job-search", "Looking for a treasury role.");
        await SaveAsync("everyday", Short);
        await SaveAsync("event", "Payments person; ask me about supplier onboarding.");

        var pitches = await _client.GetOkAsync<List<PitchView>>("/api/v1/pitch");

        Assert.Equal([PitchAudience.Everyday, PitchAudience.Event, PitchAudience.JobSearch], pitches.Select(p => p.Audience));
    }

    [Fact]
    public async Task AddPractice_TwoRuns_Returns201AndTheLogShowsCountAverageAndNewestFirst()
    {
        var pitch = await SaveAsync("event", Short);

        var response = await _client.PostJsonAsync($"/api/v1/pitch/{pitch.Id}/practices", new PracticeInput(58, 3, "2026-03-14"));
        var second = await (await _client.PostJsonAsync($"/api/v1/pitch/{pitch.Id}/practices", new PracticeInput(44, 4, Notes: "Slower start"))).ReadAsync<PitchView>(HttpStatusCode.Created);

        await response.ReadAsync<PitchView>(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/pitch/{pitch.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal((2, 3.5), (second.Practices, second.AverageRating));
        Assert.Equal([(new DateOnly(2026, 3, 16), 44, 4, "Slower start"), (new DateOnly(2026, 3, 14), 58, 3, (string?)null)],
            second.RecentPractices.Select(p => (p.PractisedOn, p.DurationSeconds, p.Rating, p.Notes)));

        var delete = await _client.DeleteAsync($"/api/v1/pitch/{pitch.Id}/practices/{second.RecentPractices[0].Id}");

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal((1, 3.0), ((await _client.GetOkAsync<PitchView>($"/api/v1/pitch/{pitch.Id}")).Practices, (await _client.GetOkAsync<PitchView>($"/api/v1/pitch/{pitch.Id}")).AverageRating));
        await (await _client.DeleteAsync($"/api/v1/pitch/{pitch.Id}/practices/{second.RecentPractices[0].Id}")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task SavePitch_UnknownAudienceAndNoText_Returns400OnBothFields()
    {
        var response = await _client.PutJsonAsync("/api/v1/pitch/boss", new { text = "  " });
        var noBody = await _client.SendRawAsync(HttpMethod.Put, "/api/v1/pitch/everyday", "");

        var errors = await response.ReadFieldErrorsAsync("audience", "text");
        Assert.Equal(["Unknown audience 'boss'. Use one of: everyday, event, job-search."], errors["audience"]);
        await noBody.ReadFieldErrorsAsync("body");
        Assert.Empty(await _client.GetOkAsync<List<PitchView>>("/api/v1/pitch"));
    }

    [Fact]
    public async Task AddPractice_NoDurationBadRatingFutureDay_Returns400OnEachField()
    {
        var pitch = await SaveAsync("everyday", Short);

        var response = await _client.PostJsonAsync($"/api/v1/pitch/{pitch.Id}/practices", new PracticeInput(null, 9, "2026-03-20"));
        var unknown = await _client.PostJsonAsync($"/api/v1/pitch/{pitch.Id + 100}/practices", new PracticeInput(50, 3));

        await response.ReadFieldErrorsAsync("durationSeconds", "rating", "practisedOn");
        await unknown.ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, (await _client.GetOkAsync<PitchView>($"/api/v1/pitch/{pitch.Id}")).Practices);
    }

    [Fact]
    public async Task DeletePitch_Returns204ThenItIs404AndTheAudienceIsFreeAgain()
    {
        var pitch = await SaveAsync("everyday", Short);

        var response = await _client.DeleteAsync($"/api/v1/pitch/{pitch.Id}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await (await _client.GetAsync($"/api/v1/pitch/{pitch.Id}")).ReadProblemAsync(HttpStatusCode.NotFound);
        await SaveAsync("everyday", Short, HttpStatusCode.Created);
    }
}
