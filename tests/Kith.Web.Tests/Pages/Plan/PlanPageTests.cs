using System.Net;
using AngleSharp.Html.Dom;
using Kith.Core.Plan;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Web.Tests.Pages.Plan;

/// <summary>/plan: setting time aside, whom each week suggests and why, and accept / swap / skip. The clock stays on Monday 16 March.</summary>
public sealed class PlanPageTests(PlanPageTests.Fixture fixture) : IClassFixture<PlanPageTests.Fixture>, IAsyncLifetime
{
    /// <summary>One app and twelve people for the class; each test starts with no slots.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public KithWebFactory Factory { get; } = new();

        public Task InitializeAsync() => PlanSeed.PeopleAsync(Factory, 12);

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    private readonly PageClient _client = new(fixture.Factory);

    // Slots that start today are removed outright when stopped, so no test sees another's plan.
    public async Task InitializeAsync()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var plans = scope.ServiceProvider.GetRequiredService<PlanService>();
        foreach (var slot in (await plans.GetAsync(1)).Slots)
            await plans.EndSlotAsync(slot.Id);
        await plans.SetPlanAsync(new PlanInput(60, 8));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Get_NoSlots_ExplainsTimeSetAsideAndOffersOneLunchAWeek()
    {
        var page = await _client.GetAsync("/plan");

        Assert.Equal("Set time aside every week", page.Text(".plan-empty h2"));
        Assert.Contains("time set aside every week", page.Text(".plan-empty"), StringComparison.Ordinal);
        Assert.Equal("One lunch a week on Wednesday at 12:00", page.Text(".plan-empty button"));
        Assert.Empty(page.QuerySelectorAll(".plan-occurrence"));
        Assert.Contains(page.Texts(".notice"), n => n.StartsWith("No time is set aside yet.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task QuickAdd_TwelvePeople_SuggestsADifferentPersonEachOfTheNextEightWeeks()
    {
        var page = await _client.GetAsync("/plan");

        var added = await _client.SubmitAsync(page, ".plan-empty form");

        Assert.Equal("/plan#upcoming", added.Response.Headers.Location!.OriginalString);
        var plan = await _client.FollowAsync(added);
        Assert.Equal("Added Wednesday 12:00–13:00, lunch. Each week now has someone to meet.", plan.Text("[role=status]"));
        var rows = plan.QuerySelectorAll(".plan-occurrence");
        Assert.Equal(8, rows.Length);
        Assert.Equal("Wed 18 Mar 2026, 12:00–13:00", rows[0].QuerySelector(".plan-when time")!.TextContent);
        Assert.Equal("2026-03-18T12:00-03:00", rows[0].QuerySelector(".plan-when time")!.GetAttribute("datetime"));
        Assert.Equal("Wed 6 May 2026, 12:00–13:00", rows[7].QuerySelector(".plan-when time")!.TextContent);
        var people = rows.Select(r => r.QuerySelector(".plan-person a")!.GetAttribute("href")).ToList();
        Assert.All(people, href => Assert.Matches(@"^/people/\d+$", href));
        Assert.Equal(8, people.Distinct().Count());
        // Nobody is known yet, so every week widens the network, and says how.
        Assert.All(rows, r => Assert.Equal("Widening", r.QuerySelector(".badge")!.TextContent));
        Assert.All(rows, r => Assert.StartsWith("Widening your network: new to you", r.QuerySelector(".plan-reason")!.TextContent, StringComparison.Ordinal));
        Assert.Equal("This week", plan.Text(".plan-week-heading"));
        Assert.Equal("Wednesday 12:00–13:00, lunch", plan.Text(".plan-slot-text"));
        Assert.Equal("60", plan.QuerySelector("#Budget_WeeklyBudgetMinutes")!.GetAttribute("value"));
        Assert.Equal("No slot has come round in the last 8 weeks yet", plan.Texts("#adherence .plan-stat-text")[0]);
        Assert.Equal("No streak yet", plan.Text("#adherence .plan-streak"));
    }

    [Fact]
    public async Task Dashboard_LunchThisWeek_PointsToItOnThePlan()
    {
        var before = await _client.GetAsync("/");
        Assert.Empty(before.QuerySelectorAll("main a[href^='/plan']"));
        var plan = await AddWednesdayLunchAsync();
        var lunch = Row(plan, 0);

        var dashboard = await _client.GetAsync("/");

        var nudge = dashboard.QuerySelector("main a[href^='/plan']")!.ParentElement!;
        Assert.Equal($"Networking this week: Wed 18 Mar 2026, 12:00–13:00, {Person(lunch)}. Open your weekly plan", nudge.TextContent.Trim());
        Assert.Equal($"/plan#{lunch.Id}", nudge.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Accept_TheSuggestion_MarksTheWeekAcceptedWithThatPerson()
    {
        var plan = await AddWednesdayLunchAsync();
        var week2 = Row(plan, 1);
        var suggested = Person(week2);

        var accepted = await _client.SubmitAsync(plan, $"#{week2.Id} form[action*='handler=Accept']");

        Assert.Equal($"/plan#{week2.Id}", accepted.Response.Headers.Location!.OriginalString);
        var after = await _client.FollowAsync(accepted);
        var row = Row(after, 1);
        Assert.Equal(suggested, Person(row));
        Assert.Equal(["Widening", "Accepted"], row.QuerySelectorAll(".badge").Select(b => b.TextContent));
        Assert.Null(row.QuerySelector("form[action*='handler=Accept']"));
        Assert.Equal($"Accepted: {suggested}, Wed 25 Mar 2026, 12:00–13:00.", after.Text("[role=status]"));
    }

    [Fact]
    public async Task Swap_SuggestsSomeoneElseNotPlannedInAnyOtherWeek()
    {
        var plan = await AddWednesdayLunchAsync();
        var first = Person(Row(plan, 0));

        var swapped = await _client.SubmitAsync(plan, $"#{Row(plan, 0).Id} form[action*='handler=Swap']");

        var after = await _client.FollowAsync(swapped);
        var now = Person(Row(after, 0));
        Assert.NotEqual(first, now);
        Assert.Equal($"Swapped: {now} is suggested for Wed 18 Mar 2026 instead.", after.Text("[role=status]"));
        var everyone = after.QuerySelectorAll(".plan-occurrence .plan-person a").Select(a => a.TextContent).ToList();
        Assert.Equal(8, everyone.Distinct().Count());
    }

    [Fact]
    public async Task Skip_ThisWeek_ShowsNobodyThisTimeAndOffersNoMoreActions()
    {
        var plan = await AddWednesdayLunchAsync();

        var skipped = await _client.SubmitAsync(plan, $"#{Row(plan, 0).Id} form[action*='handler=Skip']");

        var after = await _client.FollowAsync(skipped);
        var row = Row(after, 0);
        Assert.Equal("Nobody this time", row.QuerySelector(".plan-person")!.TextContent.Trim());
        Assert.Equal("Skipped", row.QuerySelector(".badge")!.TextContent);
        Assert.Empty(row.QuerySelectorAll("form"));
        Assert.Equal("Skipped Wed 18 Mar 2026. The next week has someone else.", after.Text("[role=status]"));
    }

    [Fact]
    public async Task Done_BeforeTheDay_IsNotOffered()
    {
        var plan = await AddWednesdayLunchAsync();

        Assert.All(plan.QuerySelectorAll(".plan-occurrence"), row => Assert.Null(row.QuerySelector("form[action*='handler=Done']")));
    }

    [Fact]
    public async Task Done_UnknownPerson_ShowsTheMessageInThatRowAndKeepsNothing()
    {
        var page = await _client.GetAsync("/plan");
        var plan = await _client.FollowAsync(await _client.SubmitAsync(page, "form[action*='handler=AddSlot']",
            ("Slot.Day", "monday"), ("Slot.StartsAt", "08:00"), ("Slot.Kind", "coffee")));
        var today = Row(plan, 0);
        Assert.Equal("Mon 16 Mar 2026, 08:00–09:00", today.QuerySelector(".plan-when time")!.TextContent);
        Assert.Equal(Person(today), today.QuerySelector("select[name='Occurrence.PersonId'] option[selected]")!.TextContent);

        var posted = await _client.SubmitAsync(plan, $"#{today.Id} form[action*='handler=Done']", ("Occurrence.PersonId", "999999"));

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Equal("There is no person with id 999999.", posted.Document.FieldError("Occurrence.PersonId"));
        var row = posted.Document.QuerySelector($"#{today.Id}")!;
        Assert.True(row.QuerySelector("details.plan-done")!.HasAttribute("open"));
        Assert.Equal("true", row.QuerySelector("#Occurrence_PersonId")!.GetAttribute("aria-invalid"));
        Assert.Equal("#Occurrence_PersonId", row.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.DoesNotContain("Kept", row.QuerySelectorAll(".badge").Select(b => b.TextContent));
    }

    [Fact]
    public async Task AddSlot_TimeNotATime_ShowsTheMessageNextToStartsAtAndAddsNothing()
    {
        var page = await _client.GetAsync("/plan");

        var posted = await _client.SubmitAsync(page, "form[action*='handler=AddSlot']", ("Slot.Day", "friday"), ("Slot.StartsAt", "noon"), ("Slot.Label", "team coffee"));

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Equal("'noon' is not a time; use HH:MM, e.g. 12:30.", posted.Document.FieldError("Slot.StartsAt"));
        Assert.Equal("#Slot_StartsAt", posted.Document.QuerySelector("#slots .error-summary a")!.GetAttribute("href"));
        Assert.Equal("true", posted.Document.QuerySelector("#Slot_StartsAt")!.GetAttribute("aria-invalid"));
        Assert.NotNull(posted.Document.QuerySelector("#Slot_Day option[value='friday'][selected]"));
        Assert.Equal("team coffee", posted.Document.QuerySelector("#Slot_Label")!.GetAttribute("value"));
        Assert.Empty(posted.Document.QuerySelectorAll(".plan-slots li"));
    }

    [Fact]
    public async Task AddSlot_ThursdayCoffee_IsListedAndCanBeStopped()
    {
        var page = await _client.GetAsync("/plan");

        var added = await _client.SubmitAsync(page, "form[action*='handler=AddSlot']",
            ("Slot.Day", "thursday"), ("Slot.StartsAt", "09:30"), ("Slot.DurationMinutes", "30"), ("Slot.Kind", "coffee"));
        var plan = await _client.FollowAsync(added);
        Assert.Equal("Thursday 09:30–10:00, coffee", plan.Text(".plan-slot-text"));
        Assert.Equal("Thu 19 Mar 2026, 09:30–10:00", Row(plan, 0).QuerySelector(".plan-when time")!.TextContent);

        var stopped = await _client.SubmitAsync(plan, "form[action*='handler=EndSlot']");

        var after = await _client.FollowAsync(stopped);
        Assert.Equal("Stopped Thursday 09:30–10:00, coffee. The weeks it was kept still count.", after.Text("[role=status]"));
        Assert.Empty(after.QuerySelectorAll(".plan-occurrence"));
    }

    [Fact]
    public async Task Budget_FiveMinutes_ShowsTheMessageNextToTheBudget()
    {
        var page = await _client.GetAsync("/plan");

        var posted = await _client.SubmitAsync(page, "form[action*='handler=Budget']", ("Budget.WeeklyBudgetMinutes", "5"));

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Equal("Set aside between 15 minutes and 40 hours a week.", posted.Document.FieldError("Budget.WeeklyBudgetMinutes"));
        Assert.Equal("5", posted.Document.QuerySelector("#Budget_WeeklyBudgetMinutes")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Budget_TwoHoursAndFourWeeks_IsSavedAndTheNoteSaysTheSlotsUseLess()
    {
        var plan = await AddWednesdayLunchAsync();

        var saved = await _client.SubmitAsync(plan, "form[action*='handler=Budget']", ("Budget.WeeklyBudgetMinutes", "120"), ("Budget.RotationWeeks", "4"));

        var after = await _client.FollowAsync(saved);
        Assert.Equal("Setting aside 2 hours a week; nobody is suggested again within 4 weeks.", after.Text("[role=status]"));
        Assert.Equal("Your slots use 60 of the 120 minutes a week you set aside; add a slot to use the rest.", after.Text(".notice"));
        Assert.Equal("4", after.QuerySelector("#Budget_RotationWeeks")!.GetAttribute("value"));
    }

    private async Task<IHtmlDocument> AddWednesdayLunchAsync()
    {
        var page = await _client.GetAsync("/plan");
        return await _client.FollowAsync(await _client.SubmitAsync(page, ".plan-empty form"));
    }

    private static AngleSharp.Dom.IElement Row(IHtmlDocument page, int index) => page.QuerySelectorAll(".plan-occurrence")[index];

    private static string Person(AngleSharp.Dom.IElement row) => row.QuerySelector(".plan-person a")!.TextContent;
}
