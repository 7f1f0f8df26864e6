using System.Net;
using Ical.Net.CalendarComponents;
using Kith.Core.Mentoring;
using Kith.Core.Opportunities;
using Kith.Core.Plan;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Web.Tests.Api;

/// <summary>
/// The calendar subscription: the address from /api/v1/calendar, the feed behind it read back with
/// Ical.Net, regenerating the token, and .ics downloads of single items. One account has one token,
/// so each test hosts its own app and database. The clock starts on Monday 2026-03-16.
/// </summary>
public sealed class CalendarApiTests
{
    private sealed record Subscription(string Token, string Url);

    private static async Task<Subscription> SubscriptionAsync(HttpClient client, string action = "") =>
        action == ""
            ? await client.GetOkAsync<Subscription>("/api/v1/calendar")
            : await (await client.PostAsync($"/api/v1/calendar/{action}", null)).ReadAsync<Subscription>();

    private static async Task<(Ical.Net.Calendar Calendar, string Text)> FeedAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        Assert.Equal(("text/calendar", "utf-8"), (response.Content.Headers.ContentType?.MediaType, response.Content.Headers.ContentType?.CharSet));
        Assert.True(response.Headers.CacheControl?.NoStore, "a private feed must not be kept by caches");
        return (Ical.Net.Calendar.Load(text)!, text);
    }

    [Fact]
    public async Task GetCalendar_FirstTime_GivesAnAbsoluteUrlThatServesTheFeedAndStaysTheSame()
    {
        using var factory = new KithWebFactory();
        var client = factory.CreateClient();

        var subscription = await SubscriptionAsync(client);

        Assert.True(subscription.Token.Length >= 43, "the token carries 256 random bits");
        Assert.Equal($"http://localhost/calendar/{subscription.Token}.ics", subscription.Url);
        Assert.Equal(subscription, await SubscriptionAsync(client));
        var (calendar, text) = await FeedAsync(client, subscription.Url);
        Assert.Equal("PUBLISH", calendar.Method);
        Assert.Contains("X-WR-CALNAME:Kith", text);
        Assert.Contains("TZID:America/Sao_Paulo", text);
        Assert.Empty(calendar.Events);
    }

    [Fact]
    public async Task Regenerate_OldUrlAnswers404AtOnceLikeATokenThatNeverExisted_AndTheNewOneServes()
    {
        using var factory = new KithWebFactory();
        var client = factory.CreateClient();
        var old = await SubscriptionAsync(client);
        await FeedAsync(client, old.Url);

        var fresh = await SubscriptionAsync(client, "regenerate");

        Assert.NotEqual(old.Token, fresh.Token);
        Assert.Equal(fresh, await SubscriptionAsync(client));
        await FeedAsync(client, fresh.Url);
        var replaced = await client.GetAsync(old.Url);
        var neverIssued = await client.GetAsync($"/calendar/{new string('A', 43)}.ics");
        foreach (var response in new[] { replaced, neverIssued })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("", await response.Content.ReadAsStringAsync());
            Assert.Null(response.Content.Headers.ContentType);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/calendar/.ics")).StatusCode);
    }

    [Fact]
    public async Task Feed_FetchedOverHttpInLondon_HoldsTheSlotAtLocalNoonAcrossTheClockChange_FollowUpsMentorMeetingsAndEvents()
    {
        // London changes to summer time on Sunday 29 March 2026, inside the feed's eight weeks.
        using var root = new KithWebFactory();
        using var london = root.WithWebHostBuilder(b => b.UseSetting("Kith:TimeZone", "Europe/London"));
        london.UseKestrel(0);
        london.StartServer();
        var address = london.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal));
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        var ana = await client.CreatePersonAsync("Ana", "Lima");
        await (await client.PostJsonAsync("/api/v1/follow-ups", new { personId = ana.Id, description = "Send the article", dueOn = "2026-03-20" })).ReadAsync<Kith.Core.KeepInTouch.FollowUpView>(HttpStatusCode.Created);
        var bea = await client.CreatePersonAsync("Bea", "Mentor");
        var mentorship = await client.CreateActiveMentorAsync(bea.Id, "public speaking");
        await (await client.PostJsonAsync($"/api/v1/mentorships/{mentorship.Summary.Id}/meetings", new MeetingInput(["2026-03-31T09:00"], 45, "Café Central")))
            .ReadAsync<MeetingView>(HttpStatusCode.Created);
        var cleo = await client.CreatePersonAsync("Cleo", "Mentor");
        await client.CreateMentorshipAsync(new MentorshipInput(cleo.Id, Status: "active", Areas: ["finance"], MeetEvery: 2));
        var guild = await (await client.PostJsonAsync("/api/v1/opportunities", new OpportunityInput("Product Guild"))).ReadAsync<OpportunityDetail>(HttpStatusCode.Created);
        await (await client.PostJsonAsync($"/api/v1/opportunities/{guild.Id}/events", new EventInput("Spring mixer", "2026-04-02T18:30", 90, "The Crypt")))
            .ReadAsync<EventView>(HttpStatusCode.Created);
        var slot = await client.AddSlotAsync(new SlotInput("wednesday", "12:00", 60, "lunch"));
        var subscription = await SubscriptionAsync(client);
        Assert.Equal($"{address.TrimEnd('/')}/calendar/{subscription.Token}.ics", subscription.Url);

        // The URL alone, as curl or a calendar app would fetch it: a fresh client with nothing but the address.
        using var curl = new HttpClient();
        var (calendar, text) = await FeedAsync(curl, subscription.Url);

        Assert.Contains("BEGIN:VTIMEZONE", text);
        Assert.Contains("TZID:Europe/London", text);
        var series = Assert.Single(calendar.Events, e => e.RecurrenceRule is not null);
        Assert.Equal(($"slot-{slot.Id}@kith.local", "Networking: Wednesday 12:00–13:00, lunch", "Europe/London"), (series.Uid, series.Summary, series.DtStart!.TzId));
        var lunches = calendar.GetOccurrences(new Ical.Net.DataTypes.CalDateTime(new DateTime(2026, 3, 16, 0, 0, 0, DateTimeKind.Utc)))
            .Where(o => ((CalendarEvent)o.Source).Uid == series.Uid).Take(3).ToList();
        // Noon in London: 12:00Z before the change, 11:00Z after it; each with the person planned.
        Assert.Equal([new DateTime(2026, 3, 18, 12, 0, 0), new DateTime(2026, 3, 25, 12, 0, 0), new DateTime(2026, 4, 1, 11, 0, 0)],
            lunches.Select(o => DateTime.SpecifyKind(o.Period.StartTime.AsUtc, DateTimeKind.Unspecified)));
        Assert.All(lunches, o => Assert.Equal(new TimeOnly(12, 0), TimeOnly.FromDateTime(o.Period.StartTime.Value)));
        Assert.StartsWith("Networking: Lunch (suggested: ", ((CalendarEvent)lunches[0].Source).Summary);

        var followUp = Assert.Single(calendar.Events, e => e.Summary == "Follow up with Ana Lima: Send the article");
        Assert.Equal((false, new DateOnly(2026, 3, 20)), (followUp.DtStart!.HasTime, DateOnly.FromDateTime(followUp.DtStart.Value)));
        var meeting = Assert.Single(calendar.Events, e => e.Summary == "Mentoring: Bea Mentor");
        Assert.Equal((new DateTime(2026, 3, 31, 8, 0, 0), "Café Central"), (DateTime.SpecifyKind(meeting.DtStart!.AsUtc, DateTimeKind.Unspecified), meeting.Location));
        Assert.Equal(TimeSpan.FromMinutes(45), meeting.DtEnd!.AsUtc - meeting.DtStart.AsUtc);
        var due = Assert.Single(calendar.Events, e => e.Summary == "Mentor meeting due: Cleo Mentor (propose a few times)");
        Assert.Equal(new DateOnly(2026, 3, 30), DateOnly.FromDateTime(due.DtStart!.Value));
        var mixer = Assert.Single(calendar.Events, e => e.Summary == "Spring mixer (Product Guild)");
        Assert.Equal((new DateTime(2026, 4, 2, 17, 30, 0), "The Crypt"), (DateTime.SpecifyKind(mixer.DtStart!.AsUtc, DateTimeKind.Unspecified), mixer.Location));
    }

    [Fact]
    public async Task FollowUpCalendar_Download_IsAnAllDayEntryOnItsDueDay()
    {
        using var factory = new KithWebFactory();
        var client = factory.CreateClient();
        var ana = await client.CreatePersonAsync("Ana", "Lima");
        var followUp = await (await client.PostJsonAsync("/api/v1/follow-ups", new { personId = ana.Id, description = "Send the article", dueOn = "2026-03-20" }))
            .ReadAsync<Kith.Core.KeepInTouch.FollowUpView>(HttpStatusCode.Created);

        var response = await client.GetAsync($"/api/v1/follow-ups/{followUp.Id}/calendar.ics");

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("text/calendar", $"kith-follow-up-{followUp.Id}.ics"), (response.Content.Headers.ContentType?.MediaType, response.Content.Headers.ContentDisposition?.FileName));
        var entry = Assert.Single(Ical.Net.Calendar.Load(text)!.Events);
        Assert.Equal(("Follow up with Ana Lima: Send the article", false, new DateOnly(2026, 3, 20)),
            (entry.Summary, entry.DtStart!.HasTime, DateOnly.FromDateTime(entry.DtStart.Value)));
        await (await client.GetAsync($"/api/v1/follow-ups/{followUp.Id + 100}/calendar.ics")).ReadProblemAsync(HttpStatusCode.NotFound);
    }
}
