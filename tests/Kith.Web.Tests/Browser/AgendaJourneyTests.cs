using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kith.Web.Tests.Browser;

/// <summary>What a new user does first, in a real browser: add someone, set a cadence, log a lunch, watch the agenda.</summary>
public sealed class AgendaJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [SkippableFact]
    public async Task AddPerson_SetCadence_LogLunch_TakesThemOffTheAgenda()
    {
        BrowserHost.RequireChromium();
        var page = await host.NewPageAsync();
        var foreignRequests = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(host.BaseAddress.ToString(), StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                foreignRequests.Add(request.Url);
        };
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });

        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome to Kith" })).ToBeVisibleAsync();

        // Add a person through the form.
        await nav.GetByRole(AriaRole.Link, new() { Name = "Add person" }).ClickAsync();
        await page.GetByLabel("First name").FillAsync("Ada");
        await page.GetByLabel("Last name").FillAsync("Lovelace");
        await page.GetByLabel("Mentor", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add person" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ada Lovelace", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Added Ada Lovelace.");

        // Set a cadence: with nothing logged yet, she is due straight away.
        await page.GetByLabel("Every", new() { Exact = true }).FillAsync("30");
        await page.GetByLabel("Unit").SelectOptionAsync("days");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save cadence" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Keeping in touch every 30 days (at most 45 days).");

        await nav.GetByRole(AriaRole.Link, new() { Name = "Agenda" }).ClickAsync();
        var item = page.Locator(".agenda-item", new() { HasText = "Ada Lovelace" });
        await Expect(item).ToHaveCountAsync(1);
        await Expect(item.Locator(".badge")).ToHaveTextAsync("Due");
        await Expect(item).ToContainTextAsync("Nothing logged yet, every 30 days");

        // Log a lunch from the agenda's quick action.
        await item.GetByRole(AriaRole.Link, new() { Name = "Log an interaction with Ada Lovelace" }).ClickAsync();
        await Expect(page.GetByLabel("When?", new() { Exact = true })).ToHaveValueAsync("2026-03-16");
        await page.GetByLabel("What did you do?").SelectOptionAsync("lunch");
        await page.GetByLabel("Summary").FillAsync("Lunch at the canteen, talked about engines");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log interaction" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Logged lunch with Ada Lovelace.");
        await Expect(page.Locator("#timeline")).ToContainTextAsync("Lunch at the canteen, talked about engines");
        await Expect(page.Locator(".cadence-now")).ToContainTextAsync("Next due Wed 15 Apr 2026");

        // The agenda no longer asks for her.
        await nav.GetByRole(AriaRole.Link, new() { Name = "Agenda" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nothing due today" })).ToBeVisibleAsync();
        await Expect(page.Locator(".agenda-item", new() { HasText = "Ada Lovelace" })).ToHaveCountAsync(0);

        Assert.True(foreignRequests.Count == 0, "The app must serve every asset itself, but the page asked for: " + string.Join(", ", foreignRequests));
    }

    [SkippableFact]
    public async Task EmptyFirstName_ShowsTheMessageNextToTheFieldAndTheSummaryLinksToIt()
    {
        BrowserHost.RequireChromium();
        var page = await host.NewPageAsync();

        await page.GotoAsync("/people/new");
        await page.GetByLabel("Last name").FillAsync("Nameless");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add person" }).ClickAsync();

        var firstName = page.GetByLabel("First name");
        await Expect(firstName).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#Input_FirstName-error")).ToHaveTextAsync("Enter a first name.");
        await Expect(page.GetByLabel("Last name")).ToHaveValueAsync("Nameless");

        await page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link, new() { Name = "Enter a first name." }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#Input_FirstName$"));
    }
}
