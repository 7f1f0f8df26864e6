using System.Net;
using Kith.Core.People;

namespace Kith.Web.Tests.Pages.Data;

/// <summary>/data: where contacts come in, and the three downloads that take everything out.</summary>
public sealed class DataPageTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly PageClient _client = new(factory);

    [Fact]
    public async Task Get_Hub_LinksToImportDownloadsAndDuplicates()
    {
        var page = await _client.GetAsync("/data");

        Assert.Equal("Import & export", page.Text("h1"));
        Assert.Equal("page", page.QuerySelector("nav a[href='/data']")!.GetAttribute("aria-current"));
        Assert.Equal("Import contacts", page.Text("a[href='/import']"));
        Assert.Contains("Get a copy of your data", page.Text("#import details"));
        Assert.Equal("Download people as CSV", page.Text("a[href='/data?handler=Csv']"));
        Assert.Equal("Download people as vCard", page.Text("a[href='/data?handler=VCard']"));
        Assert.Equal("Download a full backup (JSON)", page.Text("a[href='/data?handler=Backup']"));
        Assert.Equal("Find duplicates", page.Text("a[href='/people/duplicates']"));
        Assert.NotNull(page.QuerySelector("#restore form[enctype='multipart/form-data'] input[type=file][name=BackupFile]"));
        Assert.NotNull(page.QuerySelector("#restore form input[name=__RequestVerificationToken]"));
    }

    [Fact]
    public async Task GetCsv_WithPeople_DownloadsAnAttachmentListingThem()
    {
        await _client.AddPersonAsync(new PersonInput { FirstName = "Carla", LastName = "Csvson", Organisation = "Tabular Ltd", Emails = ["carla@tabular.example"] });

        using var response = await _client.GetResponseAsync("/data?handler=Csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("kith-people-2026-03-16.csv", response.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        var csv = await response.Content.ReadAsStringAsync();
        var line = Assert.Single(csv.Split('\n'), l => l.Contains("Csvson", StringComparison.Ordinal));
        Assert.Contains("Carla", line);
        Assert.Contains("carla@tabular.example", line);
        Assert.Contains("Tabular Ltd", line);
    }

    [Fact]
    public async Task GetVCard_WithPeople_DownloadsVCard4WithEachPerson()
    {
        await _client.AddPersonAsync(new PersonInput { FirstName = "Vera", LastName = "Cardoso", Phones = ["+351 912 345 678"] });

        using var response = await _client.GetResponseAsync("/data?handler=VCard");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/vcard", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("kith-people-2026-03-16.vcf", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        var cards = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCARD", cards);
        Assert.Contains("VERSION:4.0", cards);
        Assert.Contains("FN:Vera Cardoso", cards);
    }

    [Fact]
    public async Task GetBackup_WithPeople_DownloadsJsonWithSchemaVersionAndThem()
    {
        await _client.AddPersonAsync(new PersonInput { FirstName = "Bettina", LastName = "Backup", Notes = "Likes sailing" });

        using var response = await _client.GetResponseAsync("/data?handler=Backup");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("kith-backup-2026-03-16.json", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
        Assert.Equal(1, json.RootElement.GetProperty("schemaVersion").GetInt32());
        var text = json.RootElement.GetRawText();
        Assert.Contains("Bettina", text);
        Assert.Contains("Likes sailing", text);
    }
}
