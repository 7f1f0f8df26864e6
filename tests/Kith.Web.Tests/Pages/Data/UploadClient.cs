using System.Net;
using System.Net.Http.Headers;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kith.Web.Tests.Pages.Data;

/// <summary>
/// A browser that uploads files: GETs a page, posts one of its forms as multipart/form-data with a file
/// in it (antiforgery token and every other field as rendered), and follows the redirect on its own
/// cookies, where the status message waits. Redirects are not followed by themselves.
/// </summary>
public sealed class UploadClient(KithWebFactory factory)
{
    private static readonly IBrowsingContext Browsing = BrowsingContext.New(Configuration.Default);
    private readonly HttpClient _http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<IHtmlDocument> GetAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await _http.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url}: expected {expected}, got {response.StatusCode}.");
        return await ParseAsync(html, url);
    }

    /// <summary>Posts the form matched by <paramref name="formSelector"/> with <paramref name="content"/> as the file field <paramref name="fieldName"/>.</summary>
    public async Task<Submitted> UploadAsync(IHtmlDocument page, string formSelector, string fieldName, string fileName, byte[] content)
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form matches '{formSelector}'.");
        Assert.Equal("multipart/form-data", form.Enctype);

        using var body = new MultipartFormDataContent();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>())
        {
            if (string.IsNullOrEmpty(input.Name) || input.Type is "file" or "submit" or "button") continue;
            body.Add(new StringContent(input.Value), input.Name);
        }
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        body.Add(file, fieldName, fileName);

        var action = (form.GetAttribute("action") is { Length: > 0 } a ? a : new Uri(page.Url).PathAndQuery).Split('#')[0];
        var response = await _http.PostAsync(new Uri(action, UriKind.Relative), body);
        return new Submitted(response, await ParseAsync(await response.Content.ReadAsStringAsync(), action));
    }

    public async Task<IHtmlDocument> FollowAsync(Submitted submitted)
    {
        Assert.True(submitted.Response.StatusCode == HttpStatusCode.Redirect,
            $"Expected a redirect, got {submitted.Response.StatusCode}. Errors on the page: {string.Join(" | ", submitted.Document.QuerySelectorAll(".field-error").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0))}");
        return await GetAsync(submitted.Response.Headers.Location!.OriginalString);
    }

    private static async Task<IHtmlDocument> ParseAsync(string html, string url) =>
        (IHtmlDocument)await Browsing.OpenAsync(r => r.Content(html).Address("http://localhost" + url));
}
