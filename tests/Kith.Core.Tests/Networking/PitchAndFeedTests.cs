using Ical.Net;
using Kith.Core.Common;
using Kith.Core.Feed;
using Kith.Core.KeepInTouch;
using Kith.Core.Pitch;
using Kith.Core.Plan;
using Kith.Core.Tests.Mentoring;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Core.Tests.Networking;

public sealed class PitchAndFeedTests : MentoringTestBase
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("I help teams ship.", 4)]
    [InlineData("I'm a data-driven PM — 10 years in fintech.", 8)]
    public void WordCount_CountsWordsAsSpoken(string text, int words) => Assert.Equal(words, PitchRules.WordCount(text));

    [Fact]
    public void Warning_PastAMinute_SaysHowManyWordsToCut()
    {
        Assert.Null(PitchRules.Warning(130));
        Assert.Equal("About 65 seconds: past a minute, people stop listening. Cut about 11 words.", PitchRules.Warning(141));
    }

    [Fact]
    public async Task Pitch_SavedPerAudienceWithPractice_ShowsTimingAndRatings()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 150));
        await With<PitchService, PitchView>(s => s.SaveAsync(new PitchInput("everyday", "I run the payments team.")));
        var pitch = await With<PitchService, PitchView>(s => s.SaveAsync(new PitchInput("everyday", text)));
        await With<PitchService, PitchView>(s => s.AddPracticeAsync(pitch.Id, new PracticeInput(58, 3)));
        var practised = await With<PitchService, PitchView>(s => s.AddPracticeAsync(pitch.Id, new PracticeInput(52, 4, Notes: "Slower start")));

        Assert.Single(await With<PitchService, IReadOnlyList<PitchView>>(s => s.ListAsync()));
        Assert.Equal((150, 69), (practised.Words, practised.SpeakingSeconds));
        Assert.NotNull(practised.Warning);
        Assert.Equal((2, 3.5), (practised.Practices, practised.AverageRating));
    }

    [Fact]
    public async Task Practice_BadRatingAndNoDuration_IsRefused()
    {
        var pitch = await With<PitchService, PitchView>(s => s.SaveAsync(new PitchInput("event", "Hello")));

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => With<PitchService, PitchView>(s => s.AddPracticeAsync(pitch.Id, new PracticeInput(null, 9))));

        Assert.Equal(["DurationSeconds", "Rating"], error.Errors.Keys.Order());
    }

    [Fact]
    public async Task Feed_RegeneratedToken_OldOneIsUnknownAtOnce()
    {
        var old = await With<FeedService, string>(s => s.TokenAsync());
        Assert.Equal(old, await With<FeedService, string>(s => s.TokenAsync()));
        Assert.NotNull(await With<FeedService, string?>(s => s.BuildAsync(old)));

        var fresh = await With<FeedService, string>(s => s.RegenerateAsync());

        Assert.NotEqual(old, fresh);
        Assert.True(fresh.Length >= 43);
        Assert.Null(await With<FeedService, string?>(s => s.BuildAsync(old)));
        Assert.NotNull(await With<FeedService, string?>(s => s.BuildAsync(fresh)));
    }

    [Fact]
    public async Task Feed_InLondon_HasTheWeeklySlotAtLocalNoonAcrossTheClockChangeAndTheFollowUps()
    {
        await using var london = await TestDatabase.CreateAsync("Europe/London");
        string ics;
        await using (var scope = london.Scope())
        {
            var sp = scope.ServiceProvider;
            var ana = await sp.GetRequiredService<Kith.Core.People.PeopleService>().CreateAsync(new PersonBuilder("Ana").Build());
            await sp.GetRequiredService<KeepInTouchService>().AddFollowUpAsync(new FollowUpInput { PersonId = ana.Id, Description = "Send the article", DueOn = "2026-03-20" });
            await sp.GetRequiredService<PlanService>().AddSlotAsync(new SlotInput("friday", "12:00", 60, "lunch"));
            var feeds = sp.GetRequiredService<FeedService>();
            ics = (await feeds.BuildAsync(await feeds.TokenAsync()))!;
        }

        var calendar = Calendar.Load(ics)!;
        Assert.Contains("BEGIN:VTIMEZONE", ics);
        Assert.Contains("TZID:Europe/London", ics);
        var series = Assert.Single(calendar.Events, e => e.RecurrenceRule is not null);
        Assert.Equal("Networking: Friday 12:00–13:00, lunch", series.Summary);
        // Friday 20 March is before the change (12:00Z); Friday 3 April after it (11:00Z): noon local both times.
        var starts = series.GetOccurrences(new Ical.Net.DataTypes.CalDateTime(new DateTime(2026, 3, 16, 0, 0, 0, DateTimeKind.Utc)))
            .Take(3).Select(o => o.Period.StartTime.AsUtc).ToList();
        Assert.Equal([new DateTime(2026, 3, 20, 12, 0, 0), new DateTime(2026, 3, 27, 12, 0, 0), new DateTime(2026, 4, 3, 11, 0, 0)],
            starts.Select(s => DateTime.SpecifyKind(s, DateTimeKind.Unspecified)));
        var followUp = Assert.Single(calendar.Events, e => e.Summary!.StartsWith("Follow up", StringComparison.Ordinal));
        Assert.Equal("Follow up with Ana: Send the article", followUp.Summary);
        Assert.False(followUp.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2026, 3, 20), DateOnly.FromDateTime(followUp.DtStart.Value));
    }
}
