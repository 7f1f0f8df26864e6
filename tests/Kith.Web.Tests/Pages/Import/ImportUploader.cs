using System.Net.Http.Headers;
using System.Text;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kith.Web.Tests.Pages.Import;

/// <summary>
/// Posts the /import upload form as a browser does: multipart/form-data with the file, the page's
/// other fields as rendered and its antiforgery token. (PageClient posts URL-encoded forms only.)
/// Redirects are not followed.
/// </summary>
public sealed class ImportUploader(KithWebFactory factory)
{
    private static readonly IBrowsingContext Browsing = BrowsingContext.New(Configuration.Default);
    private readonly HttpClient _http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<Submitted> UploadAsync(string text, string fileName = "Connections.csv", params (string Name, string Value)[] fields)
    {
        var form = await ParseAsync(await _http.GetStringAsync("/import"), "/import");
        var upload = form.QuerySelector<IHtmlFormElement>("form[enctype='multipart/form-data']")
            ?? throw new InvalidOperationException("The import page has no upload form.");

        using var content = new MultipartFormDataContent();
        foreach (var element in upload.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "file" }:
                    break;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && (input.Type is not ("checkbox" or "submit") || input.IsChecked && input.Type == "checkbox"):
                    if (fields.All(f => f.Name != input.Name)) content.Add(new StringContent(input.Value), input.Name);
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    if (fields.All(f => f.Name != select.Name)) content.Add(new StringContent(select.Value ?? ""), select.Name);
                    break;
            }
        }
        foreach (var (name, value) in fields) content.Add(new StringContent(value), name);
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "Upload", fileName);

        var response = await _http.PostAsync("/import", content);
        return new Submitted(response, await ParseAsync(await response.Content.ReadAsStringAsync(), "/import"));
    }

    private static async Task<IHtmlDocument> ParseAsync(string html, string url) =>
        (IHtmlDocument)await Browsing.OpenAsync(r => r.Content(html).Address("http://localhost" + url));
}
