using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kith.Web.Tests.Browser;

/// <summary>The practice timer on /pitch, in a real browser: the script fills in the duration, the practice is logged.</summary>
public sealed class PitchTimerTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [SkippableFact]
    public async Task SavePitch_StartStopTimer_FillsTheDurationAndLogsThePractice()
    {
        BrowserHost.RequireChromium();
        var page = await host.NewPageAsync();
        var scriptErrors = new List<string>();
        page.PageError += (_, error) => scriptErrors.Add(error);

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Pitch", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My pitch", Level = 1 })).ToBeVisibleAsync();

        var card = page.Locator("#pitch-everyday");
        await card.GetByLabel("What would you say?").FillAsync(
            "I run the month-end close for our European entities, and I am looking for people who automate reconciliations.");
        await card.GetByRole(AriaRole.Button, new() { Name = "Save pitch" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("18 words, about 8 seconds to say.");

        card = page.Locator("#pitch-everyday");
        var duration = card.GetByLabel("How long did it take?");
        await Expect(duration).ToHaveValueAsync("");
        var start = card.GetByRole(AriaRole.Button, new() { Name = "Start timer" });
        var stop = card.GetByRole(AriaRole.Button, new() { Name = "Stop timer" });
        await Expect(stop).ToBeDisabledAsync();

        await start.ClickAsync();
        await Expect(start).ToBeDisabledAsync();
        await Expect(stop).ToBeFocusedAsync();
        await page.WaitForTimeoutAsync(1200);
        await stop.ClickAsync();

        var seconds = int.Parse(await duration.InputValueAsync(), NumberStyles.None, CultureInfo.InvariantCulture);
        Assert.True(seconds > 0, $"The timer should fill in a positive number of seconds, but filled in {seconds}.");
        await Expect(card.Locator(".pitch-timer [aria-live=polite]")).ToContainTextAsync($"Stopped at {seconds} second");

        await card.GetByLabel("4", new() { Exact = true }).CheckAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Log practice" }).ClickAsync();

        var unit = seconds == 1 ? "second" : "seconds";
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Logged a practice of {seconds} {unit}, rated 4 of 5.");
        await Expect(page.Locator("#pitch-everyday .practice-log li")).ToHaveCountAsync(1);
        await Expect(page.Locator("#pitch-everyday .practice-log li")).ToContainTextAsync($"{seconds} {unit} · rated 4 of 5");
        Assert.Empty(scriptErrors);
    }
}
