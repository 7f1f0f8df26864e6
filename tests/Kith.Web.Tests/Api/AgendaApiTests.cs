using System.Globalization;
using System.Net;
using System.Text.Json;
using Kith.Core.Agenda;
using Kith.Core.KeepInTouch;

namespace Kith.Web.Tests.Api;

/// <summary>
/// The agenda end to end. Tests share one database and clock, so each builds its own people, reads
/// only their items, and dates everything relative to the server's "today".
/// </summary>
public sealed class AgendaApiTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<int> PersonAsync(string name, int? every = null, params string[] roles)
    {
        var person = await _client.CreatePersonAsync(new() { FirstName = name, Roles = roles });
        if (every is { } days)
            await (await _client.PutJsonAsync($"/api/v1/people/{person.Id}/cadence", new { every = days })).ReadAsync<CadenceView>();
        return person.Id;
    }

    private async Task LogAsync(DateOnly day, params int[] personIds) =>
        await (await _client.PostJsonAsync("/api/v1/interactions", new { personIds, occurredAt = day.Iso(), kind = "coffee", summary = "Coffee" }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);

    private async Task<FollowUpView> FollowUpAsync(int personId, string description, DateOnly dueOn) =>
        await (await _client.PostJsonAsync("/api/v1/follow-ups", new { personId, description, dueOn = dueOn.Iso() })).ReadAsync<FollowUpView>(HttpStatusCode.Created);

    /// <summary>The agenda's items about these people only, in the order the API ranked them.</summary>
    private async Task<List<AgendaItem>> ItemsAsync(string window, params int[] personIds) =>
        (await _client.GetOkAsync<AgendaView>($"/api/v1/agenda?window={window}")).Items.Where(i => i.PersonId is { } id && personIds.Contains(id)).ToList();

    private void AdvanceDays(int days) => factory.Clock.Advance(TimeSpan.FromDays(days));

    [Fact]
    public async Task Agenda_LateCadencesAndFollowUps_RankedMostPressingFirstWithReasons()
    {
        var today = await _client.TodayAsync();
        var zed = await PersonAsync("Zed", every: 30);
        var maria = await PersonAsync("Maria", 30, "mentor");
        var ben = await PersonAsync("Ben", every: 30);
        await LogAsync(today.AddDays(-47), zed, maria);
        await LogAsync(today.AddDays(-10), ben);
        await FollowUpAsync(ben, "send Ben the article", today.AddDays(-2));

        var items = await ItemsAsync("today", zed, maria, ben);

        Assert.Equal(
            [
                (maria, AgendaItemKind.Cadence, Urgency.Overdue, "last talked 47 days ago, every 30 days (at most 45 days)"),
                (zed, AgendaItemKind.Cadence, Urgency.Overdue, "last talked 47 days ago, every 30 days (at most 45 days)"),
                (ben, AgendaItemKind.FollowUp, Urgency.Overdue, "follow-up 2 days overdue: send Ben the article"),
            ],
            items.Select(i => (i.PersonId, i.Kind, i.Urgency, i.Reason)));
    }

    [Fact]
    public async Task Agenda_Json_UsesKebabCaseWordsAndIsoDates()
    {
        var today = await _client.TodayAsync();
        var ana = await PersonAsync("Ana", null, "former-colleague");
        await FollowUpAsync(ana, "return the book", today);

        var json = await (await _client.GetAsync("/api/v1/agenda")).ReadJsonAsync();

        Assert.Equal("today", json.GetProperty("window").GetString());
        Assert.Equal(today.Iso(), json.GetProperty("today").GetString());
        var item = json.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("personId").GetInt32() == ana);
        Assert.Equal("follow-up", item.GetProperty("kind").GetString());
        Assert.Equal("due", item.GetProperty("urgency").GetString());
        Assert.Equal(["former-colleague"], item.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(today.Iso(), item.GetProperty("dueOn").GetString());
        Assert.Equal("return the book", item.GetProperty("followUpDescription").GetString());
    }

    [Fact]
    public async Task Agenda_ActingOnItems_TakesThemOff()
    {
        var today = await _client.TodayAsync();
        var ana = await PersonAsync("Ana", every: 30);
        await LogAsync(today.AddDays(-40), ana);
        var followUp = await FollowUpAsync(ana, "ask about the conference", today);
        Assert.Equal([AgendaItemKind.Cadence, AgendaItemKind.FollowUp], (await ItemsAsync("today", ana)).Select(i => i.Kind));

        await (await _client.PostAsync($"/api/v1/follow-ups/{followUp.Id}/done", null)).ReadAsync<FollowUpView>();
        await LogAsync(today, ana);

        Assert.Empty(await ItemsAsync("today", ana));
    }

    [Fact]
    public async Task Agenda_AsDaysPass_ACadenceComesDueThenOverdue()
    {
        var today = await _client.TodayAsync();
        var ben = await PersonAsync("Ben", every: 30);
        await LogAsync(today.AddDays(-10), ben);
        Assert.Empty(await ItemsAsync("today", ben));

        AdvanceDays(20);
        var due = Assert.Single(await ItemsAsync("today", ben));
        Assert.Equal((Urgency.Due, "last talked 30 days ago, every 30 days (at most 45 days)"), (due.Urgency, due.Reason));

        AdvanceDays(16);
        var overdue = Assert.Single(await ItemsAsync("today", ben));
        Assert.Equal((Urgency.Overdue, "last talked 46 days ago, every 30 days (at most 45 days)"), (overdue.Urgency, overdue.Reason));
    }

    [Fact]
    public async Task Agenda_Snoozed_StaysOffUntilTheDayThenSaysSo()
    {
        var today = await _client.TodayAsync();
        var ana = await PersonAsync("Ana", every: 30);
        Assert.Equal("nothing logged yet, every 30 days (at most 45 days)", Assert.Single(await ItemsAsync("today", ana)).Reason);

        var until = today.AddDays(5);
        var snooze = await _client.PutJsonAsync($"/api/v1/people/{ana}/snooze", new { until = until.Iso() });
        Assert.Equal(HttpStatusCode.NoContent, snooze.StatusCode);
        Assert.Empty(await ItemsAsync("today", ana));

        AdvanceDays(5);
        var back = Assert.Single(await ItemsAsync("today", ana));
        Assert.Equal($"nothing logged yet, every 30 days (at most 45 days); snoozed until {until.ToString("d MMM", CultureInfo.InvariantCulture)}", back.Reason);
    }

    [Fact]
    public async Task Agenda_Week_AddsWhatComesDueBySundayButNotLater()
    {
        // Move to a Wednesday, so that Friday is inside the week and next Monday is not.
        var start = await _client.TodayAsync();
        AdvanceDays(((int)DayOfWeek.Wednesday - (int)start.DayOfWeek + 7) % 7);
        var wednesday = await _client.TodayAsync();
        Assert.Equal(DayOfWeek.Wednesday, wednesday.DayOfWeek);
        var ana = await PersonAsync("Ana");
        var cleo = await PersonAsync("Cleo");
        await FollowUpAsync(ana, "book the team lunch", wednesday.AddDays(2));
        await FollowUpAsync(cleo, "send the slides", wednesday.AddDays(5));

        var week = await _client.GetOkAsync<AgendaView>("/api/v1/agenda?window=week");

        Assert.Equal((AgendaWindow.Week, wednesday.AddDays(4)), (week.Window, week.Until));
        var item = Assert.Single(week.Items, i => i.PersonId == ana || i.PersonId == cleo);
        Assert.Equal((ana, Urgency.Upcoming), (item.PersonId, item.Urgency));
        Assert.Equal($"follow-up due {wednesday.AddDays(2).ToString("ddd d MMM", CultureInfo.InvariantCulture)}: book the team lunch", item.Reason);
        Assert.Empty(await ItemsAsync("today", ana, cleo));
    }

    [Theory]
    [InlineData("month")]
    [InlineData("1")]
    public async Task Agenda_UnknownWindow_Returns400OnWindow(string window)
    {
        var errors = await (await _client.GetAsync($"/api/v1/agenda?window={window}")).ReadFieldErrorsAsync("window");

        Assert.Equal([$"Unknown window '{window}'. Use today or week."], errors["window"]);
    }
}
