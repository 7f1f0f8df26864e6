using System.Net;
using System.Text;
using Kith.Core.Import;

namespace Kith.Web.Tests.Api;

/// <summary>Upload, preview and commit through /api/v1/imports. Each test uses its own organisation, so tests share the database without meeting.</summary>
public sealed class ImportsApiTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static string[] Connections(string company) =>
    [
        $"Ana,Lima,https://www.linkedin.com/in/ana-lima-{company.ToLowerInvariant()},ana@{company.ToLowerInvariant()}.example,{company},Head of Treasury,09 Oct 2024",
        $"Bob,Stone,https://www.linkedin.com/in/bob-stone-{company.ToLowerInvariant()},,{company},\"Engineer, \"\"Platform\"\"\",15 Mar 2023",
        ",,,,,,01 Jan 2022",
        $"Zoë,Ng 🌱,https://www.linkedin.com/in/zoe-ng-{company.ToLowerInvariant()},,{company},Designer,28 Feb 2026",
    ];

    [Fact]
    public async Task Create_LinkedInExport_Returns201WithCountsAndRowsAndImportsNothingYet()
    {
        var response = await _client.UploadAsync(ImportApiClient.LinkedIn(Connections("Alphaco")));

        var upload = await response.ReadAsync<ImportBody>(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/imports/{upload.Id}", response.Headers.Location?.AbsolutePath);
        Assert.Equal("Connections.csv", upload.FileName);
        Assert.Equal("linkedin", upload.Preview.Format);
        Assert.Equal(new ImportCounts(4, 3, 0, 0, 0, 0, 1), upload.Preview.Counts);
        Assert.Equal(["Ana Lima", "Bob Stone", "", "Zoë Ng 🌱"], upload.Preview.Rows.Items.Select(r => r.Name));
        Assert.Equal([5, 6, 7, 8], upload.Preview.Rows.Items.Select(r => r.Line));
        Assert.Equal([RowStatus.New, RowStatus.New, RowStatus.Ignored, RowStatus.New], upload.Preview.Rows.Items.Select(r => r.Status));
        Assert.Empty(await _client.PeopleNamedAsync("Alphaco"));
    }

    [Fact]
    public async Task Commit_AfterPreview_ImportsEveryoneAndTheSameFileAgainCreatesNoOne()
    {
        var file = ImportApiClient.LinkedIn(Connections("Betaco"));
        var first = await _client.UploadOkAsync(file, query: "?tag=linkedin-2026");

        var result = await _client.CommitOkAsync(first.Id);

        Assert.Equal(new ImportResult(3, 0, 0, 0, 1), result);
        var people = await _client.PeopleNamedAsync("Betaco");
        Assert.Equal(["Ana Lima", "Bob Stone", "Zoë Ng 🌱"], people.Select(p => p.DisplayName).Order(StringComparer.Ordinal));
        Assert.All(people, p => Assert.Equal(["linkedin-2026"], p.Tags));
        var bob = await _client.GetOkAsync<Kith.Core.People.PersonDetail>($"/api/v1/people/{people.Single(p => p.DisplayName == "Bob Stone").Id}");
        Assert.Equal("Engineer, \"Platform\"", bob.JobTitle);
        Assert.Equal(new DateOnly(2023, 3, 15), bob.MetOn);

        var again = await _client.UploadOkAsync(file);
        Assert.Equal(new ImportCounts(4, 0, 0, 3, 0, 0, 1), again.Preview.Counts);
        var secondResult = await _client.CommitOkAsync(again.Id);
        Assert.Equal(0, secondResult.Created);
        Assert.Equal(3, (await _client.PeopleNamedAsync("Betaco")).Count);
    }

    [Fact]
    public async Task Commit_Done_LeavesTheResultAtProgressAndRemovesTheUpload()
    {
        var upload = await _client.UploadOkAsync(ImportApiClient.LinkedIn(Connections("Gammaco")));
        await _client.CommitOkAsync(upload.Id);

        var progress = await _client.GetOkAsync<ProgressBody>($"/api/v1/imports/{upload.Id}/progress");

        Assert.Equal("done", progress.State);
        Assert.Equal(new ImportResult(3, 0, 0, 0, 1), progress.Result);
        Assert.Null(progress.Error);
        Assert.Equal(4, progress.TotalRows);
        await (await _client.GetAsync($"/api/v1/imports/{upload.Id}")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Create_RawBodyWithFileName_PreviewsLikeAMultipartUpload()
    {
        var body = new StringContent(ImportApiClient.LinkedIn(Connections("Rawco")), Encoding.UTF8, "text/csv");

        var response = await _client.PostAsync("/api/v1/imports?fileName=Connections%20(2).csv&format=linkedin", body);

        var upload = await response.ReadAsync<ImportBody>(HttpStatusCode.Created);
        Assert.Equal("Connections (2).csv", upload.FileName);
        Assert.Equal(3, upload.Preview.Counts.New);
    }

    [Fact]
    public async Task Preview_WithMapping_ReadsAPlainCsvThroughTheChosenColumns()
    {
        const string file = "Who,Mail,Firm,Remarks\nAna Lima,ana@mapco.example,Mapco,met at the fair\nBob Stone,bob@mapco.example,Mapco,\n";
        var upload = await _client.UploadOkAsync(file, "contacts.csv", "?format=csv");
        Assert.Equal(["Who", "Mail", "Firm", "Remarks"], upload.Preview.Columns);

        var response = await _client.PostJsonAsync($"/api/v1/imports/{upload.Id}/preview", new
        {
            mapping = new Dictionary<string, string> { ["Who"] = "full-name", ["Mail"] = "email", ["Firm"] = "organisation", ["Remarks"] = "notes" },
        });

        var again = await response.ReadAsync<ImportBody>();
        Assert.Equal("csv", again.Preview.Format);
        Assert.Equal("full-name", again.Preview.Mapping!["Who"]);
        Assert.Equal(["Ana Lima", "Bob Stone"], again.Preview.Rows.Items.Select(r => r.Name));
        Assert.Equal(["ana@mapco.example", "bob@mapco.example"], again.Preview.Rows.Items.Select(r => r.Email));
        Assert.Equal(["Mapco", "Mapco"], again.Preview.Rows.Items.Select(r => r.Organisation));
        // The commit uses the mapping last previewed with.
        Assert.Equal(2, (await _client.CommitOkAsync(upload.Id)).Created);
        var ana = (await _client.PeopleNamedAsync("Mapco")).Single(p => p.DisplayName == "Ana Lima");
        Assert.Equal("met at the fair", (await _client.GetOkAsync<Kith.Core.People.PersonDetail>($"/api/v1/people/{ana.Id}")).Notes);
    }

    [Theory]
    [InlineData("skip", 1, 1)]
    [InlineData("keep-both", 2, 0)]
    public async Task Commit_PossibleDuplicateWithAChoice_DoesWhatWasChosen(string choice, int bobs, int skipped)
    {
        var company = "Dupco" + bobs;
        var bob = await _client.CreatePersonAsync(new Kith.Core.People.PersonInput { FirstName = "Bob", LastName = "Stone", Organisation = company });
        var upload = await _client.UploadOkAsync(ImportApiClient.LinkedIn($"Bobby,Stone,,,{company},Engineer,15 Mar 2023"));
        var row = Assert.Single(upload.Preview.Rows.Items);
        Assert.Equal(RowStatus.PossibleDuplicate, row.Status);
        Assert.Equal(bob.Id, row.Match?.Id);

        var result = await _client.CommitOkAsync(upload.Id, new { choices = new Dictionary<string, string> { [row.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)] = choice } });

        Assert.Equal(skipped, result.Skipped);
        Assert.Equal(bobs, (await _client.PeopleNamedAsync(company)).Count);
    }

    [Fact]
    public async Task Get_PagedAndFiltered_ReturnsOnePageOfTheRowsWithThatStatus()
    {
        var rows = Enumerable.Range(1, 60).Select(i => $"Ana{i},Pageco{i},,p{i}@pageco.example,Pageco,,09 Oct 2024").Append(",,,,,,01 Jan 2022").ToArray();
        var upload = await _client.UploadOkAsync(ImportApiClient.LinkedIn(rows), query: "?pageSize=10");
        Assert.Equal(10, upload.Preview.Rows.Items.Count);
        Assert.Equal(61, upload.Preview.Rows.TotalCount);

        var page = await _client.GetOkAsync<ImportBody>($"/api/v1/imports/{upload.Id}?status=new&page=3&pageSize=25");
        var ignored = await _client.GetOkAsync<ImportBody>($"/api/v1/imports/{upload.Id}?status=ignored");

        Assert.Equal(60, page.Preview.Rows.TotalCount);
        Assert.Equal(3, page.Preview.Rows.PageNumber);
        Assert.Equal(10, page.Preview.Rows.Items.Count);
        Assert.Equal("Ana51 Pageco51", page.Preview.Rows.Items[0].Name);
        Assert.Equal(65, Assert.Single(ignored.Preview.Rows.Items).Line);
        Assert.Equal(new ImportCounts(61, 60, 0, 0, 0, 0, 1), page.Preview.Counts);
    }

    [Fact]
    public async Task Discard_Upload_Returns204AndTheUploadIsGone()
    {
        var upload = await _client.UploadOkAsync(ImportApiClient.LinkedIn(Connections("Discardco")));

        var response = await _client.DeleteAsync($"/api/v1/imports/{upload.Id}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await (await _client.PostJsonAsync($"/api/v1/imports/{upload.Id}/commit", new { })).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty(await _client.PeopleNamedAsync("Discardco"));
    }
}
