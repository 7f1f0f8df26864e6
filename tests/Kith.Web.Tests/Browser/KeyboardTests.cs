using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kith.Web.Tests.Browser;

/// <summary>Everything works from the keyboard: the skip link comes first, and forms submit without a mouse.</summary>
public sealed class KeyboardTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [SkippableFact]
    public async Task FirstTab_FocusesSkipLink_ThenAPersonCanBeAddedWithKeysOnly()
    {
        BrowserHost.RequireChromium();
        var page = await host.NewPageAsync();
        await page.GotoAsync("/people/new");

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("First name")).ToBeFocusedAsync();

        await page.Keyboard.TypeAsync("Linus");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Keyboard");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Linus Keyboard", Level = 1 })).ToBeVisibleAsync();
    }
}
