using Kith.Core.Mentoring;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kith.Web.Tests.Browser;

/// <summary>
/// The "done when", as a new user tries it: from an empty database, add a few people, run the
/// goals-to-mentors exercise end to end in the browser, then see the board show the goals' areas, the
/// gaps, and suggestions from those people.
/// </summary>
public sealed class GoalsToMentorsJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [SkippableFact]
    public async Task GoalsToMentors_FromAnEmptyDatabase_EndsInMentorsMeetingsAndABoardWithGapsAndSuggestions()
    {
        BrowserHost.RequireChromium();
        var page = await host.NewPageAsync();
        var foreignRequests = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(host.BaseAddress.ToString(), StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                foreignRequests.Add(request.Url);
        };

        // A few people I know, with what they know well.
        await AddPersonAsync(page, "Priya", "Patel", employer: "inside", expertise: "Public speaking");
        await AddPersonAsync(page, "Sam", "Stage", employer: "outside", expertise: "Public speaking");
        await AddPersonAsync(page, "Fiona", "Ledger", employer: "outside", tags: "Finance");

        // Step 1: goals.
        await page.GotoAsync("/exercises");
        await page.GetByRole(AriaRole.Link, new() { Name = "Start with your goals" }).ClickAsync();
        await Expect(page.Locator(".exercise-step-count")).ToHaveTextAsync("Step 1 of 4");
        await page.GetByLabel("Goal 1 in one year", new() { Exact = true }).FillAsync("Give a talk at the annual conference");
        await page.GetByLabel("Target date of goal 1 in one year").FillAsync("2026-11-30");
        await page.GetByLabel("Goal 1 in two years", new() { Exact = true }).FillAsync("Lead a team of five");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save goals and name the areas" }).ClickAsync();

        // Step 2: the areas that would benefit.
        await Expect(page.Locator(".exercise-step-count")).ToHaveTextAsync("Step 2 of 4");
        await page.GetByLabel("Areas for “Give a talk at the annual conference”").FillAsync("Public speaking");
        await page.GetByLabel("Areas for “Lead a team of five”").FillAsync("Moving into management\nFinance");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save areas and find mentors" }).ClickAsync();

        // Step 3: ideal mentors per area, inside and outside my employer, or a placeholder.
        await Expect(page.Locator(".exercise-step-count")).ToHaveTextAsync("Step 3 of 4");
        var speaking = page.GetByRole(AriaRole.Group, new() { Name = "Public speaking", Exact = true });
        await Expect(speaking.GetByRole(AriaRole.Group, new() { Name = "Inside your employer" })).ToContainTextAsync("Priya Patel");
        await Expect(speaking.GetByRole(AriaRole.Group, new() { Name = "Outside your employer" })).ToContainTextAsync("Sam Stage");
        await speaking.GetByLabel("Priya Patel").CheckAsync();
        var management = page.GetByRole(AriaRole.Group, new() { Name = "Moving into management", Exact = true });
        await Expect(management).ToContainTextAsync("Nobody you know lists Moving into management as expertise or a tag yet.");
        await management.GetByLabel("Someone who…").FillAsync("has moved from engineer to manager");
        await management.GetByLabel("Kind of mentor").SelectOptionAsync("shepherd");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save mentors and plan first meetings" }).ClickAsync();

        // Step 4: first meetings, scheduled now.
        await Expect(page.Locator(".exercise-step-count")).ToHaveTextAsync("Step 4 of 4");
        await page.GetByLabel("Ask them on (Priya Patel)").FillAsync("2026-03-18");
        await page.GetByLabel("First meeting with Priya Patel").FillAsync("2026-03-24T12:30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule first steps" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your first steps are scheduled", Level = 1 })).ToBeVisibleAsync();
        var mentors = page.GetByRole(AriaRole.Region, new() { Name = "Mentors to ask" });
        await Expect(mentors.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Priya Patel" }))
            .ToContainTextAsync("first meeting Tue 24 Mar 2026, 12:30");
        await Expect(mentors).ToContainTextAsync("Someone who has moved from engineer to manager");

        // The records the exercise left: three areas from the goals, all gaps until someone says yes, with suggestions.
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var board = await scope.ServiceProvider.GetRequiredService<BoardService>().GetAsync();
            Assert.Equal(["Finance", "Moving into management", "Public speaking"], board.Areas.Select(a => a.Name).Order(StringComparer.Ordinal));
            Assert.Equal(3, board.Gaps);
            var finance = board.Areas.Single(a => a.Name == "Finance");
            Assert.Equal(["Lead a team of five"], finance.Goals.Select(g => g.Title));
            Assert.Empty(finance.Mentors);
            Assert.Equal(["Fiona Ledger"], finance.Suggestions.Select(s => s.Name));
            var publicSpeaking = board.Areas.Single(a => a.Name == "Public speaking");
            Assert.Equal(["Priya Patel"], publicSpeaking.Mentors.Select(m => m.Name));
            Assert.Equal(["Sam Stage"], publicSpeaking.Suggestions.Select(s => s.Name));
            Assert.Equal(["someone who has moved from engineer to manager"], board.Areas.Single(a => a.Name == "Moving into management").Mentors.Select(m => m.Name));
        }

        // The board page (built on another branch): the goals' areas, the gaps, and suggestions from my contacts.
        await page.GetByRole(AriaRole.Link, new() { Name = "See your board of mentors" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/board$"));
        var main = page.Locator("main");
        await Expect(main).ToContainTextAsync("Public speaking");
        await Expect(main).ToContainTextAsync("Moving into management");
        await Expect(main).ToContainTextAsync("Finance");
        await Expect(main).ToContainTextAsync("3 areas your goals need have no mentor yet.");
        await Expect(main).ToContainTextAsync("Fiona Ledger");
        await Expect(main).ToContainTextAsync("Sam Stage");

        Assert.True(foreignRequests.Count == 0, "The app must serve every asset itself, but the page asked for: " + string.Join(", ", foreignRequests));
    }

    private static async Task AddPersonAsync(IPage page, string firstName, string lastName, string employer, string? expertise = null, string? tags = null)
    {
        await page.GotoAsync("/people/new");
        await page.GetByLabel("First name").FillAsync(firstName);
        await page.GetByLabel("Last name").FillAsync(lastName);
        await page.GetByLabel("Employer").SelectOptionAsync(employer);
        if (expertise is not null) await page.GetByLabel("Expertise").FillAsync(expertise);
        if (tags is not null) await page.GetByLabel("Tags").FillAsync(tags);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add person" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"{firstName} {lastName}", Level = 1 })).ToBeVisibleAsync();
    }
}
