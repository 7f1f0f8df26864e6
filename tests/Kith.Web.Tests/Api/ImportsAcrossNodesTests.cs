using Kith.Core.Import;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kith.Web.Tests.Api;

/// <summary>
/// Two app nodes on one database, as behind a load balancer: an upload previewed with a mapping on
/// one node is committed on the other with that mapping, and its outcome is reported by both.
/// </summary>
public sealed class ImportsAcrossNodesTests : IDisposable
{
    private readonly KithWebFactory _first = new();
    private readonly WebApplicationFactory<Program> _second;

    public ImportsAcrossNodesTests() =>
        _second = _first.WithWebHostBuilder(b => b.UseSetting("Kith:Database:Path", _first.DatabasePath));

    public void Dispose()
    {
        _second.Dispose();
        _first.Dispose();
    }

    [Fact]
    public async Task Upload_PreviewedOnOneNode_IsCommittedAndReportedOnTheOther()
    {
        var one = _first.CreateClient();
        var other = _second.CreateClient();
        var upload = await one.UploadOkAsync("Who,Mail,Firm\nAna Lima,ana@nodeco.example,Nodeco\n", "contacts.csv", "?format=csv");
        await (await one.PostJsonAsync($"/api/v1/imports/{upload.Id}/preview", new
        {
            mapping = new Dictionary<string, string> { ["Who"] = "full-name", ["Mail"] = "email", ["Firm"] = "organisation" },
        })).ReadAsync<ImportBody>();

        var seen = await other.GetOkAsync<ImportBody>($"/api/v1/imports/{upload.Id}");
        var result = await other.CommitOkAsync(upload.Id);
        var progress = await one.GetOkAsync<ProgressBody>($"/api/v1/imports/{upload.Id}/progress");

        Assert.Equal("full-name", seen.Preview.Mapping!["Who"]);
        Assert.Equal(["Ana Lima"], seen.Preview.Rows.Items.Select(r => r.Name));
        Assert.Equal(new ImportResult(1, 0, 0, 0, 0), result);
        Assert.Equal("done", progress.State);
        Assert.Equal(result, progress.Result);
        Assert.Equal("Ana Lima", Assert.Single(await one.PeopleNamedAsync("Nodeco")).DisplayName);
    }
}
