using Kith.Core.KeepInTouch;
using Kith.Web.Tests.Pages.Plan;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kith.Web.Tests.Browser;

/// <summary>
/// The "done when", in a real browser: with 30 people across departments, one lunch a week
/// suggests a different, mixed person for each of the next 8 weeks; marking one done moves the
/// streak, the adherence figure and the health page.
/// </summary>
public sealed class PlanAndHealthJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [SkippableFact]
    public async Task OneLunchAWeek_MarkedDone_ShowsOnAdherenceAndHealth()
    {
        BrowserHost.RequireChromium();
        var people = await PlanSeed.PeopleAsync(host.Factory, 30);
        // Three people I mean to keep up with, so maintaining weeks have someone to suggest.
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var keepInTouch = scope.ServiceProvider.GetRequiredService<KeepInTouchService>();
            foreach (var person in people.Take(3))
                await keepInTouch.SetCadenceAsync(person.Id, new CadenceInput { Every = 4, Unit = "weeks" });
        }
        var page = await host.NewPageAsync();
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });

        await page.GotoAsync("/");
        await nav.GetByRole(AriaRole.Link, new() { Name = "Plan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Set time aside every week" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "One lunch a week on Wednesday at 12:00" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Added Wednesday 12:00–13:00, lunch. Each week now has someone to meet.");
        var rows = page.Locator(".plan-occurrence");
        await Expect(rows).ToHaveCountAsync(8);
        var names = await rows.Locator(".plan-person a").AllTextContentsAsync();
        Assert.Equal(8, names.Distinct().Count());
        var mix = await rows.Locator(".badge").AllTextContentsAsync();
        Assert.Contains("Maintaining", mix);
        Assert.Contains("Widening", mix);
        await Expect(page.Locator("#adherence .plan-streak")).ToHaveTextAsync("No streak yet");

        // Wednesday afternoon: this week's lunch happened.
        host.Factory.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 18, 17, 0, 0, TimeSpan.Zero));
        await page.ReloadAsync();
        var lunch = rows.First;
        var met = await lunch.Locator(".plan-person a").TextContentAsync();
        await lunch.Locator("summary", new() { HasText = "Done" }).ClickAsync();
        await Expect(lunch.GetByLabel("With whom?")).ToHaveValueAsync((await lunch.Locator(".plan-person a").GetAttributeAsync("href"))!["/people/".Length..]);
        await lunch.GetByLabel("Summary").FillAsync("Heard how the Lisbon office runs its onboarding");
        await lunch.GetByLabel("I gave").CheckAsync();
        await lunch.GetByRole(AriaRole.Button, new() { Name = "Mark as kept" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Kept: lunch with {met} on Wed 18 Mar 2026, logged on their timeline.");
        await Expect(rows.First.Locator(".badge", new() { HasText = "Kept" })).ToBeVisibleAsync();
        await Expect(page.Locator("#adherence .plan-streak")).ToHaveTextAsync("1 week");

        // The next Monday the week is over and counts.
        host.Factory.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 23, 12, 0, 0, TimeSpan.Zero));
        await page.ReloadAsync();
        await Expect(page.Locator("#adherence .plan-stat-text").First).ToHaveTextAsync("Kept 1 of 1 slot in the last 8 weeks (1 of 8 weeks)");

        await nav.GetByRole(AriaRole.Link, new() { Name = "Health" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Network health", Level = 1 })).ToBeVisibleAsync();
        var charts = page.Locator("svg[role=img]");
        await Expect(charts).ToHaveCountAsync(7);
        var departments = page.GetByRole(AriaRole.Img, new() { Name = "People by department", Exact = true });
        await Expect(departments).ToBeVisibleAsync();
        await Expect(departments).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("^Of 30 people, how many are in each department, largest first\\. Engineering: 5;"));
        await Expect(page.Locator("#chart-weeks-desc")).ToContainTextAsync("Last 8 weeks: 1 of 8");
        await Expect(page.Locator("#chart-give-ask-desc")).ToContainTextAsync("I gave: 1");
        var recommendations = page.Locator("#recommendations .recommendation");
        Assert.True(await recommendations.CountAsync() > 0, "The health page should recommend something for a network with few strong ties.");
        await Expect(page.Locator("#recommendations .recommendation-few-strong")).ToContainTextAsync("strong ties");
        await Expect(page.Locator("#recommendations .recommendation-few-strong a")).ToHaveAttributeAsync("href", "/people");
    }
}
