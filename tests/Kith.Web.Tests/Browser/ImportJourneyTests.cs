using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kith.Web.Tests.Browser;

/// <summary>Importing a LinkedIn export in a real browser: upload, preview, import, and the progress page following the import to its end.</summary>
public sealed partial class ImportJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    // Big enough that the import is still being written when its progress page first loads, so the script has work to do.
    private const int Rows = 10_000;

    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 180_000 };

    private static byte[] ConnectionsCsv()
    {
        var text = new StringBuilder("Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\n\n")
            .Append("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
        for (var i = 1; i <= Rows; i++)
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"Ana{i},Lima{i},https://www.linkedin.com/in/ana-lima-{i},,Browserco,Analyst,09 Oct 2024\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    [SkippableFact]
    public async Task UploadPreviewImport_LinkedInExport_ProgressFollowsTheImportToTheResult()
    {
        BrowserHost.RequireChromium();
        var page = await host.NewPageAsync();
        var scriptErrors = new List<string>();
        page.PageError += (_, error) => scriptErrors.Add(error);
        // The script's polls pass through here. The first is answered with a report part-way through,
        // and the rest wait until the test has seen the bar show it: however fast the machine
        // imports, the test sees the script move the bar, then follow the real import to its end.
        var polls = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var partWaySeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = 1;
        await page.RouteAsync(ProgressEndpoint(), async route =>
        {
            if (Interlocked.Exchange(ref first, 0) == 1)
            {
                await route.FulfillAsync(new() { Status = 200, ContentType = "application/json", Body = PartWay(route.Request.Url) });
                return;
            }
            await partWaySeen.Task;
            var response = await route.FetchAsync();
            polls.Enqueue(await response.TextAsync());
            await route.FulfillAsync(new() { Response = response });
        });

        await page.GotoAsync("/import");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Import people", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "Connections.csv", MimeType = "text/csv", Buffer = ConnectionsCsv() });
        await page.GetByLabel("What kind of file is it?").SelectOptionAsync("linkedin");
        await page.GetByLabel("Tag everyone in this file").FillAsync("linkedin-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and preview" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Preview of Connections.csv", Level = 1 })).ToBeVisibleAsync(Slow);
        await Expect(page.Locator(".import-counts > div", new() { HasText = "New people" }).Locator("dd")).ToHaveTextAsync("10,000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Import 10,000 people" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(ProgressPage());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Importing Connections.csv", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("#import-progress-text")).ToHaveTextAsync("1,200 of 10,000 rows");
        await Expect(page.Locator("progress#import-bar")).ToHaveJSPropertyAsync("value", 1200);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Check again" })).ToBeHiddenAsync();
        partWaySeen.SetResult();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Imported Connections.csv", Level = 1 })).ToBeVisibleAsync(Slow);
        await Expect(page.Locator(".import-done h2")).ToHaveTextAsync("Done: 10,000 added.");
        Assert.Contains("\"state\":\"done\"", polls.Last(), StringComparison.Ordinal);
        Assert.All(polls.SkipLast(1), body => Assert.Contains("\"state\":\"running\"", body, StringComparison.Ordinal));

        await page.GetByRole(AriaRole.Link, new() { Name = "See the people" }).ClickAsync();
        await Expect(page.Locator(".result-count")).ToHaveTextAsync("10000 people match these filters");
        Assert.Empty(scriptErrors);
    }

    [GeneratedRegex("/api/v1/imports/[0-9a-f]{32}/progress$")]
    private static partial Regex ProgressEndpoint();

    [GeneratedRegex("/import/[0-9a-f]{32}/progress$")]
    private static partial Regex ProgressPage();

    /// <summary>What the progress endpoint says part-way through an import of this file.</summary>
    private static string PartWay(string url)
    {
        var id = new Uri(url).AbsolutePath.Split('/')[^2];
        return $$"""{"id":"{{id}}","fileName":"Connections.csv","state":"running","phase":"writing","rowsDone":1200,"totalRows":{{Rows}},"bytesRead":120000,"totalBytes":1000000,"result":null,"error":null}""";
    }
}
