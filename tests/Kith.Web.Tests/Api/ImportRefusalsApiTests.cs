using System.Net;

namespace Kith.Web.Tests.Api;

/// <summary>What /api/v1/imports refuses, and how: ProblemDetails naming the line, the field or the id; nothing imported.</summary>
public sealed class ImportRefusalsApiTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private const string UnknownId = "0123456789abcdef0123456789abcdef";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Create_UnterminatedQuote_Returns400WithTheLineInErrorsFileAndImportsNothing()
    {
        var before = await _client.CountPeopleAsync();
        var file = ImportApiClient.LinkedIn("Ana,Lima,,,Quoteco,,09 Oct 2024", "\"Bob,Stone,,,Quoteco,,15 Mar 2023", "Zoë,Ng,,,Quoteco,,28 Feb 2026");

        var errors = await (await _client.UploadAsync(file)).ReadFieldErrorsAsync("file");

        var message = Assert.Single(errors["file"]);
        Assert.StartsWith("Line 6: ", message, StringComparison.Ordinal);
        Assert.Equal(before, await _client.CountPeopleAsync());
    }

    [Fact]
    public async Task Create_BinaryFile_Returns400SayingItIsNotText()
    {
        var bytes = new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xFF, 0x00 };

        var errors = await (await _client.UploadBytesAsync(bytes, "Connections.zip")).ReadFieldErrorsAsync("file");

        Assert.Contains("binary", Assert.Single(errors["file"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_MultipartWithoutAFile_Returns400OnFile()
    {
        using var form = new MultipartFormDataContent { { new StringContent("linkedin"), "format" } };

        var errors = await (await _client.PostAsync("/api/v1/imports", form)).ReadFieldErrorsAsync("file");

        Assert.Contains("Choose a file", Assert.Single(errors["file"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_UnknownFormatOrStatus_Returns400NamingTheField()
    {
        var file = ImportApiClient.LinkedIn("Ana,Lima,,,Formatco,,09 Oct 2024");

        var format = await (await _client.UploadAsync(file, fields: ("format", "excel"))).ReadFieldErrorsAsync("format");
        var status = await (await _client.UploadAsync(file, query: "?status=maybe")).ReadFieldErrorsAsync("status");

        Assert.Contains("auto, linkedin, google, csv, vcard", Assert.Single(format["format"]), StringComparison.Ordinal);
        Assert.Contains("'maybe'", Assert.Single(status["status"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commit_RowsWithErrors_Returns400ListingEachLineAndImportsNothing()
    {
        var file = ImportApiClient.LinkedIn("Ana,Lima,,ana@errorco.example,Errorco,,09 Oct 2024", "Bob,Stone,,bob-at-errorco,Errorco,,15 Mar 2023");
        var upload = await _client.UploadOkAsync(file);
        Assert.Equal(1, upload.Preview.Counts.Error);

        var response = await _client.PostJsonAsync($"/api/v1/imports/{upload.Id}/commit", new { });

        var errors = await response.ReadFieldErrorsAsync("line 6");
        Assert.Equal("E-mail: 'bob-at-errorco' is not a valid e-mail address.", Assert.Single(errors["line 6"]));
        Assert.Empty(await _client.PeopleNamedAsync("Errorco"));
        var progress = await _client.GetOkAsync<ProgressBody>($"/api/v1/imports/{upload.Id}/progress");
        Assert.Equal("failed", progress.State);
        Assert.Equal(["line 6"], progress.Error!.Errors.Keys);
        // The upload stays, so the same file can be committed leaving the bad row out.
        var skipping = await _client.CommitOkAsync(upload.Id, new { skipErrors = true });
        Assert.Equal(1, skipping.Created);
        Assert.Equal(["Ana Lima"], (await _client.PeopleNamedAsync("Errorco")).Select(p => p.DisplayName));
    }

    [Fact]
    public async Task Commit_BadChoiceWords_Returns400NamingEachOne()
    {
        var upload = await _client.UploadOkAsync(ImportApiClient.LinkedIn("Ana,Lima,,,Choiceco,,09 Oct 2024"));

        var response = await _client.PostJsonAsync($"/api/v1/imports/{upload.Id}/commit", new
        {
            choices = new Dictionary<string, string> { ["5"] = "maybe", ["x"] = "skip" },
            possibleDuplicates = "sometimes",
            mapping = new Dictionary<string, string> { ["Name"] = "shoe-size" },
        });

        var errors = await response.ReadFieldErrorsAsync("choices[5]", "choices[x]", "possibleDuplicates", "mapping[Name]");
        Assert.Contains("merge, keep-both, skip", Assert.Single(errors["choices[5]"]), StringComparison.Ordinal);
        Assert.Empty(await _client.PeopleNamedAsync("Choiceco"));
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("POST", "/preview")]
    [InlineData("POST", "/commit")]
    [InlineData("GET", "/progress")]
    [InlineData("DELETE", "")]
    public async Task AnyOperation_UnknownImportId_Returns404ProblemDetails(string method, string suffix)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), $"/api/v1/imports/{UnknownId}{suffix}");
        if (method == "POST") request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");

        var problem = await (await _client.SendAsync(request)).ReadProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal("Import not found.", problem.Title);
    }

    [Fact]
    public async Task Get_IdThatIsNotAnUploadId_Returns404()
    {
        await (await _client.GetAsync("/api/v1/imports/..%2F..%2Fkith.db")).ReadProblemAsync(HttpStatusCode.NotFound);
    }
}
