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
        var polls = new List<string>();
        page.Response += async (_, response) =>
        {
            if (ProgressEndpoint().IsMatch(new Uri(response.Url).AbsolutePath)) polls.Add(await response.TextAsync());
        };

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
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Imported Connections.csv", Level = 1 })).ToBeVisibleAsync(Slow);
        await Expect(page.Locator(".import-done h2")).ToHaveTextAsync("Done: 10,000 added.");
        Assert.Contains(polls, body => body.Contains("\"state\":\"running\"", StringComparison.Ordinal));
        Assert.Contains(polls, body => body.Contains("\"state\":\"done\"", StringComparison.Ordinal));
        Assert.Contains(polls, body => RowsOfTotal().IsMatch(body));

        await page.GetByRole(AriaRole.Link, new() { Name = "See the people" }).ClickAsync();
        await Expect(page.Locator(".result-count")).ToHaveTextAsync("10000 people match these filters");
        Assert.Empty(scriptErrors);
    }

    [GeneratedRegex("^/api/v1/imports/[0-9a-f]{32}/progress$")]
    private static partial Regex ProgressEndpoint();

    [GeneratedRegex("/import/[0-9a-f]{32}/progress$")]
    private static partial Regex ProgressPage();

    // A report part-way: some rows done, of the 10,000 the preview counted.
    [GeneratedRegex("\"rowsDone\":[1-9][0-9]*,\"totalRows\":10000")]
    private static partial Regex RowsOfTotal();
}
