using Kith.Core.Mentoring;
using Kith.Core.People;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kith.Web.Tests.Browser;

/// <summary>The board in a real browser: a goal's area has no mentor, Kith suggests someone, one click makes them a candidate.</summary>
public sealed class BoardJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [SkippableFact]
    public async Task OpenBoard_MakeSuggestionACandidate_ShowsThemOnTheBoard()
    {
        BrowserHost.RequireChromium();
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<GoalService>().CreateAsync(new GoalInput("Speak at a conference", Horizon: "one-year", Areas: ["public speaking"]));
            var people = scope.ServiceProvider.GetRequiredService<PeopleService>();
            await people.CreateAsync(new PersonInput { FirstName = "Pat", LastName = "Podium", Expertise = ["public speaking"], Employer = "outside" });
            await people.CreateAsync(new PersonInput { FirstName = "Kit", LastName = "Knit", Expertise = ["knitting"] });
        }
        var page = await host.NewPageAsync();

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Board" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My board of mentors", Level = 1 })).ToBeVisibleAsync();

        // The area is a gap, said in words, and the board says what it lacks.
        var row = page.Locator(".board-table tbody tr", new() { HasText = "public speaking" });
        await Expect(row).ToContainTextAsync("No mentor yet");
        await Expect(row).ToContainTextAsync("Speak at a conference");
        await Expect(page.Locator("#warnings")).ToContainTextAsync("You have no active mentors yet.");
        var gap = page.GetByRole(AriaRole.Region, new() { Name = "public speaking No mentor yet" });
        await Expect(gap.Locator(".suggestion")).ToHaveCountAsync(1);
        await Expect(gap.Locator(".suggestion")).ToContainTextAsync("Pat Podium");
        await Expect(gap.Locator(".suggestion")).ToContainTextAsync("Expertise in public speaking; outside your employer");

        await gap.GetByRole(AriaRole.Button, new() { Name = "Make a candidate mentor: Pat Podium, for public speaking" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Pat Podium is now a candidate mentor for public speaking. Next: decide when to ask them.");
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Pat Podium" })).ToBeVisibleAsync();
        await Expect(row).ToContainTextAsync("Board member Candidate");
        await Expect(gap).ToContainTextAsync("In the pipeline: Pat Podium (candidate).");
        await Expect(gap.Locator(".suggestion")).ToHaveCountAsync(0);
        var mentor = page.Locator("#mentors tbody tr", new() { HasText = "Pat Podium" });
        await Expect(mentor).ToContainTextAsync("Candidate");

        // The column leads to the new mentorship, where the next step is asking.
        await page.GetByRole(AriaRole.Columnheader, new() { Name = "Pat Podium" }).GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Pat Podium", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("New status")).ToHaveValueAsync("asked");
    }
}
