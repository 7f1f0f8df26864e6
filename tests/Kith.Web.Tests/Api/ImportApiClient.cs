using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Kith.Core.Common;
using Kith.Core.Import;

namespace Kith.Web.Tests.Api;

/// <summary>An upload and its preview as the API sends them.</summary>
public sealed record ImportBody(string Id, string FileName, long Length, PreviewBody Preview);

public sealed record PreviewBody(
    string Format, List<string> Columns, Dictionary<string, string>? Mapping, bool KeepPhotos, string? Tag,
    ImportCounts Counts, PageBody<PreviewRow> Rows);

/// <summary>A background import as GET /api/v1/imports/{id}/progress sends it.</summary>
public sealed record ProgressBody(
    string Id, string FileName, string State, string? Phase, int RowsDone, int? TotalRows, long BytesRead, long TotalBytes,
    ImportResult? Result, ProgressErrorBody? Error);

public sealed record ProgressErrorBody(string Title, string Detail, Dictionary<string, string[]> Errors);

/// <summary>Files made in the test, and uploading them the way a client would.</summary>
public static class ImportApiClient
{
    /// <summary>LinkedIn's Connections.csv: note lines, then the header.</summary>
    public const string LinkedInHeader =
        "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\n\n"
        + "First Name,Last Name,URL,Email Address,Company,Position,Connected On";

    /// <summary>A LinkedIn export with these rows; the first row is on line 5.</summary>
    public static string LinkedIn(params string[] rows) => LinkedInHeader + "\n" + string.Join("\n", rows) + "\n";

    /// <summary>Sends the file as multipart/form-data, in a part named "file", with extra form parts.</summary>
    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, string text, string fileName = "Connections.csv", string query = "", params (string Name, string Value)[] fields) =>
        client.UploadBytesAsync(Encoding.UTF8.GetBytes(text), fileName, query, fields);

    public static async Task<HttpResponseMessage> UploadBytesAsync(this HttpClient client, byte[] bytes, string fileName, string query = "", params (string Name, string Value)[] fields)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", fileName);
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        return await client.PostAsync("/api/v1/imports" + query, form);
    }

    public static async Task<ImportBody> UploadOkAsync(this HttpClient client, string text, string fileName = "Connections.csv", string query = "") =>
        await (await client.UploadAsync(text, fileName, query)).ReadAsync<ImportBody>(HttpStatusCode.Created);

    public static async Task<ImportResult> CommitOkAsync(this HttpClient client, string id, object? body = null) =>
        await (await client.PostJsonAsync($"/api/v1/imports/{id}/commit", body ?? new { })).ReadAsync<ImportResult>();

    /// <summary>The people the API lists whose name contains <paramref name="search"/>.</summary>
    public static async Task<List<Kith.Core.People.PersonSummary>> PeopleNamedAsync(this HttpClient client, string search) =>
        (await client.GetOkAsync<PageBody<Kith.Core.People.PersonSummary>>($"/api/v1/people?pageSize=200&search={Uri.EscapeDataString(search)}")).Items;
}
