using System.Net;
using AngleSharp.Html.Dom;
using Kith.Core.People;
using Kith.Web.Tests.Api;

namespace Kith.Web.Tests.Pages.Import;

/// <summary>/import, /import/{id} and /import/{id}/progress, as a person without scripts uses them. Each test has its own organisation.</summary>
public sealed class ImportPagesTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly PageClient _pages = new(factory);
    private readonly ImportUploader _uploader = new(factory);

    private static string Connections(string company) => ImportApiClient.LinkedIn(
        $"Ana,Lima,,ana@{company.ToLowerInvariant()}.example,{company},Head of Treasury,09 Oct 2024",
        $"Bob,Stone,,,{company},Engineer,15 Mar 2023",
        ",,,,,,01 Jan 2022",
        $"Zoë,Ng,,,{company},Designer,28 Feb 2026");

    private Task<int> CountAtAsync(string organisation) =>
        _pages.WithServiceAsync<int, PeopleService>(async s => (await s.ListAsync(new PeopleQuery { Search = organisation })).TotalCount);

    /// <summary>Counts as the preview shows them, by their label.</summary>
    private static Dictionary<string, string> Counts(IHtmlDocument page) =>
        page.QuerySelectorAll(".import-counts > div").ToDictionary(d => d.QuerySelector("dt")!.TextContent.Trim(), d => d.QuerySelector("dd")!.TextContent.Trim());

    /// <summary>The progress page once the background import has finished (it has no progress bar any more).</summary>
    private async Task<IHtmlDocument> FinishedAsync(string progressUrl)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var page = await _pages.GetAsync(progressUrl);
            if (page.QuerySelector("progress") is null) return page;
            await Task.Delay(50);
        }
        throw new TimeoutException($"{progressUrl} still shows the import running after 10 seconds.");
    }

    private async Task<IHtmlDocument> UploadToPreviewAsync(string file, params (string Name, string Value)[] fields)
    {
        var posted = await _uploader.UploadAsync(file, fields: fields);
        Assert.True(posted.Status == HttpStatusCode.Redirect, $"Expected a redirect to the preview; the page says: {posted.Document.Text(".field-error")}");
        Assert.Matches("^/import/[0-9a-f]{32}$", posted.Response.Headers.Location!.OriginalString);
        return await _pages.GetAsync(posted.Response.Headers.Location.OriginalString);
    }

    [Fact]
    public async Task Upload_LinkedInFile_ShowsThePreviewWithCountsAndImportsNothing()
    {
        var preview = await UploadToPreviewAsync(Connections("Pageco"));

        Assert.Equal("Preview of Connections.csv", preview.Text("h1"));
        Assert.Contains("LinkedIn connections", preview.Text(".lede"), StringComparison.Ordinal);
        var counts = Counts(preview);
        Assert.Equal("3", counts["New people"]);
        Assert.Equal("1", counts["Rows with no one in them"]);
        Assert.Equal("0", counts["Rows with errors"]);
        Assert.Equal(["Ana Lima", "Bob Stone", "Zoë Ng"], preview.QuerySelectorAll("#changes tbody tr td:nth-child(2)").Select(td => td.TextContent.Trim()));
        Assert.Equal("Import 3 people", preview.Text(".import-commit button[type=submit]"));
        Assert.Equal(0, await CountAtAsync("Pageco"));
    }

    [Fact]
    public async Task Upload_UnterminatedQuote_ShowsTheLineNextToTheFileFieldAndKeepsNothing()
    {
        var file = ImportApiClient.LinkedIn("Ana,Lima,,,Brokenco,,09 Oct 2024", "\"Bob,Stone,,,Brokenco,,15 Mar 2023");

        var posted = await _uploader.UploadAsync(file);

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.StartsWith("Line 6: ", posted.Document.FieldError("Upload"), StringComparison.Ordinal);
        Assert.Equal("true", posted.Document.QuerySelector("#Upload")!.GetAttribute("aria-invalid"));
        Assert.Equal("#Upload", posted.Document.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal(0, await CountAtAsync("Brokenco"));
    }

    [Fact]
    public async Task Upload_TagTooLong_ShowsTheMessageNextToTheTag()
    {
        var posted = await _uploader.UploadAsync(Connections("Tagco"), fields: ("Tag", new string('t', 61)));

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Equal("Keep the tag under 60 characters.", posted.Document.FieldError("Tag"));
    }

    [Fact]
    public async Task Commit_FromThePreview_RunsInTheBackgroundAndShowsTheResult()
    {
        var preview = await UploadToPreviewAsync(Connections("Commitco"), ("Tag", "linkedin-2026"));
        var previewUrl = new Uri(preview.Url).AbsolutePath;

        var committed = await _pages.SubmitAsync(preview, "form.import-commit");

        Assert.Equal(HttpStatusCode.Redirect, committed.Status);
        var progressUrl = committed.Response.Headers.Location!.OriginalString;
        Assert.Equal(previewUrl + "/progress", progressUrl);
        var done = await FinishedAsync(progressUrl);
        Assert.Equal("Imported Connections.csv", done.Text("h1"));
        Assert.Equal("Done: 3 added, 1 skipped.", done.Text(".import-done h2"));
        Assert.Equal("/people?tag=linkedin-2026", done.QuerySelector(".import-done a.button")!.GetAttribute("href"));
        Assert.Equal(3, await CountAtAsync("Commitco"));
        // The upload is gone once imported; its preview address leads to what happened.
        var again = await _pages.GetResponseAsync(previewUrl);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(progressUrl, again.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task PreviewAgain_PlainCsvWithChosenColumns_ReadsThePeopleThroughThem()
    {
        const string file = "Who,Mail,Firm\nAna Lima,ana@columnco.example,Columnco\nBob Stone,bob@columnco.example,Columnco\n";
        var preview = await UploadToPreviewAsync(file, ("Format", "csv"));
        Assert.Equal(["Who", "Mail", "Firm"], preview.QuerySelectorAll(".import-mapping tbody th").Select(th => th.TextContent.Trim()));
        Assert.Equal(3, preview.QuerySelectorAll(".import-mapping select").Length);

        var posted = await _pages.SubmitAsync(preview, ".import-options form",
            ("Fields[0]", "full-name"), ("Fields[1]", "email"), ("Fields[2]", "organisation"));

        var again = await _pages.FollowAsync(posted);
        Assert.Equal(["full-name", "email", "organisation"],
            again.QuerySelectorAll(".import-mapping select").Cast<IHtmlSelectElement>().Select(s => s.Value));
        Assert.Equal(["Ana Lima", "Bob Stone"], again.QuerySelectorAll("#changes tbody tr td:nth-child(2)").Select(td => td.TextContent.Trim()));
        Assert.Equal(["ana@columnco.example", "bob@columnco.example"], again.QuerySelectorAll("#changes tbody tr td:nth-child(4)").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public async Task Commit_PossibleDuplicateSkipped_LeavesTheExistingPersonAlone()
    {
        var bob = await _pages.AddPersonAsync(new PersonInput { FirstName = "Bob", LastName = "Stone", Organisation = "Twinco" });
        var preview = await UploadToPreviewAsync(ImportApiClient.LinkedIn("Bobby,Stone,,,Twinco,Engineer,15 Mar 2023"));
        var row = preview.QuerySelector("#attention tr#line-5")!;
        Assert.Contains("Looks like Bob Stone", row.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/people/{bob.Id}", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(["merge", "keep-both", "skip"], row.QuerySelectorAll("input[type=radio]").Select(r => r.GetAttribute("value")));

        var committed = await _pages.SubmitAsync(preview, "form.import-commit", ("Choices[5]", "skip"));

        var done = await FinishedAsync(committed.Response.Headers.Location!.OriginalString);
        Assert.Equal("Done: 1 skipped.", done.Text(".import-done h2"));
        var people = await _pages.WithServiceAsync<Kith.Core.Common.Page<PersonSummary>, PeopleService>(s => s.ListAsync(new PeopleQuery { Search = "Twinco" }));
        Assert.Equal([bob.Id], people.Items.Select(p => p.Id));
        Assert.Null(people.Items[0].JobTitle);
    }

    [Fact]
    public async Task Commit_RowsWithErrors_ProgressListsTheLinesAndSkippingThemImportsTheRest()
    {
        var preview = await UploadToPreviewAsync(ImportApiClient.LinkedIn("Ana,Lima,,ana@faultco.example,Faultco,,09 Oct 2024", "Bob,Stone,,bob-at-faultco,Faultco,,15 Mar 2023"));
        Assert.Contains("E-mail: 'bob-at-faultco' is not a valid e-mail address.", preview.Text("#attention tr#line-6"), StringComparison.Ordinal);

        var refused = await FinishedAsync((await _pages.SubmitAsync(preview, "form.import-commit")).Response.Headers.Location!.OriginalString);

        Assert.Equal("Some rows have errors, so nothing was imported.", refused.Text(".import-failed .error-summary-title"));
        Assert.Equal(["Line 6: E-mail: 'bob-at-faultco' is not a valid e-mail address."], refused.Texts(".import-errors li"));
        Assert.Equal(0, await CountAtAsync("Faultco"));
        var back = await _pages.GetAsync(refused.QuerySelector(".import-failed a.button")!.GetAttribute("href")!);
        var done = await FinishedAsync((await _pages.SubmitAsync(back, "form.import-commit", ("SkipErrors", "true"))).Response.Headers.Location!.OriginalString);
        Assert.Equal("Done: 1 added, 1 skipped.", done.Text(".import-done h2"));
        Assert.Equal(1, await CountAtAsync("Faultco"));
    }

    [Fact]
    public async Task Discard_FromThePreview_RemovesTheUploadAndSaysSo()
    {
        var preview = await UploadToPreviewAsync(Connections("Dropco"));
        var previewUrl = new Uri(preview.Url).AbsolutePath;

        var page = await _pages.FollowAsync(await _pages.SubmitAsync(preview, "form.import-discard"));

        Assert.Equal("Removed “Connections.csv” without importing anything.", page.Text("[role=status]"));
        Assert.Equal(HttpStatusCode.NotFound, (await _pages.GetResponseAsync(previewUrl)).StatusCode);
        Assert.Equal(0, await CountAtAsync("Dropco"));
    }
}
