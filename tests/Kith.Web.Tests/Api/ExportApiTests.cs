using System.Net;
using System.Text;
using Kith.Core.People;

namespace Kith.Web.Tests.Api;

/// <summary>Everyone out again through /api/v1/export and a person's vCard.</summary>
public sealed class ExportApiTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private Task<PersonDetail> AddAnaAsync() => _client.CreatePersonAsync(new PersonInput
    {
        FirstName = "Ana",
        LastName = "Lima",
        Emails = ["ana@exportco.example"],
        Phones = ["+351 912 345 678"],
        Organisation = "Exportco",
        JobTitle = "Head of Treasury",
        Tags = ["book club"],
    });

    [Fact]
    public async Task ExportCsv_People_IsAnAttachedUtf8CsvWithEveryoneButMe()
    {
        await AddAnaAsync();
        await _client.CreatePersonAsync("Zoë", "Ng");

        var response = await _client.GetAsync("/api/v1/export/people.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("kith-people-2026-03-16.csv", response.Content.Headers.ContentDisposition?.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.Contains("Ana", StringComparison.Ordinal) && l.Contains("ana@exportco.example", StringComparison.Ordinal)
            && l.Contains("Exportco", StringComparison.Ordinal) && l.Contains("Head of Treasury", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Zoë", StringComparison.Ordinal));
        var me = await _client.GetOkAsync<PersonDetail>("/api/v1/people/me");
        Assert.DoesNotContain(lines.Skip(1), l => l.StartsWith(me.FirstName + ",", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExportVcf_People_IsVCard4WithOneCardPerPerson()
    {
        await AddAnaAsync();

        var response = await _client.GetAsync("/api/v1/export/people.vcf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/vcard", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("kith-people-2026-03-16.vcf", response.Content.Headers.ContentDisposition?.FileNameStar);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n", text, StringComparison.Ordinal);
        Assert.Equal(await _client.CountPeopleAsync(), CountOf(text, "BEGIN:VCARD"));
        Assert.Contains("FN:Ana Lima\r\n", text, StringComparison.Ordinal);
        Assert.Contains("ana@exportco.example", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonVCard_KnownPerson_IsOneCardNamedAfterThePerson()
    {
        var ana = await AddAnaAsync();

        var response = await _client.GetAsync($"/api/v1/people/{ana.Id}/vcard");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/vcard", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Ana Lima.vcf", response.Content.Headers.ContentDisposition?.FileNameStar);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(1, CountOf(text, "BEGIN:VCARD"));
        Assert.Contains("FN:Ana Lima\r\n", text, StringComparison.Ordinal);
        Assert.Contains("ORG:Exportco", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonVCard_UnknownPerson_Returns404ProblemDetails()
    {
        var problem = await (await _client.GetAsync("/api/v1/people/999999/vcard")).ReadProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal("Person not found.", problem.Title);
    }

    [Fact]
    public async Task ExportCsv_ImportedIntoAnotherAccount_BringsThePeopleBack()
    {
        // Both accounts of their own: the other tests' people would match Ana by name and phone.
        await using var source = new KithWebFactory();
        var from = source.CreateClient();
        await from.CreatePersonAsync(new PersonInput
        {
            FirstName = "Ana", LastName = "Lima", Emails = ["ana@roundtripco.example"], Phones = ["+351 912 345 678"],
            Organisation = "Roundtripco", JobTitle = "Head of Treasury", Tags = ["book club"],
        });
        await from.CreatePersonAsync("Zoë", "Ng");
        var csv = await from.GetByteArrayAsync("/api/v1/export/people.csv");
        await using var target = new KithWebFactory();
        var client = target.CreateClient();

        var upload = await (await client.UploadBytesAsync(csv, "kith-people.csv")).ReadAsync<ImportBody>(HttpStatusCode.Created);
        await client.CommitOkAsync(upload.Id);

        Assert.Equal(2, await client.CountPeopleAsync());
        var ana = (await client.PeopleNamedAsync("Roundtripco")).Single();
        var detail = await client.GetOkAsync<PersonDetail>($"/api/v1/people/{ana.Id}");
        Assert.Equal(("Ana", "Lima", "Head of Treasury"), (detail.FirstName, detail.LastName, detail.JobTitle));
        Assert.Equal(["ana@roundtripco.example"], detail.Emails);
        Assert.Equal(["+351 912 345 678"], detail.Phones);
        Assert.Equal(["book club"], detail.Tags);
    }

    private static int CountOf(string text, string what)
    {
        var count = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
