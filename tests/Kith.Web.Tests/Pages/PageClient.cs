using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Kith.Core.People;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Web.Tests.Pages;

/// <summary>
/// Drives the pages as a browser without scripts would: GETs a page, fills in one of its forms
/// (keeping every default the page rendered, antiforgery token included) and posts it.
/// Redirects are not followed, so tests can see Post/Redirect/Get happen.
/// </summary>
public sealed class PageClient(KithWebFactory factory)
{
    private static readonly IBrowsingContext Browsing = BrowsingContext.New(Configuration.Default);
    private readonly HttpClient _http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public KithWebFactory Factory => factory;

    public async Task<IHtmlDocument> GetAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await _http.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url}: expected {expected}, got {response.StatusCode}. {Excerpt(html)}");
        return await ParseAsync(html, url);
    }

    public async Task<HttpResponseMessage> GetResponseAsync(string url) =>
        await _http.GetAsync(new Uri(url, UriKind.Relative));

    /// <summary>Submits the form matched by <paramref name="formSelector"/>, with <paramref name="fields"/> replacing what the page put there.</summary>
    public async Task<Submitted> SubmitAsync(IHtmlDocument page, string formSelector, params (string Name, string Value)[] fields)
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form matches '{formSelector}'.");
        var values = FormValues(form);
        foreach (var name in fields.Select(f => f.Name).Distinct())
            values.RemoveAll(v => v.Key == name);
        values.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

        // A form without an action posts back to the address of its page.
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : new Uri(page.Url).PathAndQuery;
        action = action.Split('#')[0];
        using var content = new FormUrlEncodedContent(values);
        var response = await _http.PostAsync(new Uri(action, UriKind.RelativeOrAbsolute), content);
        var html = await response.Content.ReadAsStringAsync();
        return new Submitted(response, await ParseAsync(html, action));
    }

    /// <summary>Follows a Post/Redirect/Get redirect and returns the page it leads to.</summary>
    public async Task<IHtmlDocument> FollowAsync(Submitted submitted)
    {
        Assert.True(submitted.Response.StatusCode == HttpStatusCode.Redirect,
            $"Expected a redirect, got {submitted.Response.StatusCode}. Errors on the page: {string.Join(" | ", submitted.Document.QuerySelectorAll(".field-error").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0))}");
        return await GetAsync(submitted.Response.Headers.Location!.OriginalString);
    }

    /// <summary>Adds a person straight through the core service, for tests about other pages.</summary>
    public async Task<PersonDetail> AddPersonAsync(PersonInput input)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PeopleService>().CreateAsync(input);
    }

    public async Task<T> WithServiceAsync<T, TService>(Func<TService, Task<T>> action) where TService : notnull
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>What a browser would post for this form as rendered: every named, enabled field with its current value.</summary>
    public static List<KeyValuePair<string, string>> FormValues(IHtmlFormElement form)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && !input.IsDisabled:
                    if (input.Type is "submit" or "button" or "reset") break;
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked) break;
                    values.Add(new(input.Name, input.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    var selected = select.Options.Where(o => o.IsSelected).ToList();
                    if (selected.Count == 0 && !select.IsMultiple && select.Options.Length > 0) selected.Add(select.Options[0]!);
                    values.AddRange(selected.Select(o => new KeyValuePair<string, string>(select.Name!, o.Value)));
                    break;
                case IHtmlTextAreaElement textArea when !string.IsNullOrEmpty(textArea.Name):
                    values.Add(new(textArea.Name!, textArea.Value));
                    break;
            }
        }
        return values;
    }

    private static async Task<IHtmlDocument> ParseAsync(string html, string url) =>
        (IHtmlDocument)await Browsing.OpenAsync(r => r.Content(html).Address("http://localhost" + url));

    private static string Excerpt(string html) => html.Length > 600 ? html[..600] : html;
}

/// <summary>A posted form's response, and the page it returned when it did not redirect.</summary>
public sealed record Submitted(HttpResponseMessage Response, IHtmlDocument Document)
{
    public HttpStatusCode Status => Response.StatusCode;
}

public static class DocumentExtensions
{
    /// <summary>The message shown next to a field (the validation span for its name), or "" when there is none.</summary>
    public static string FieldError(this IDocument page, string fieldName) =>
        page.QuerySelector($"[data-valmsg-for='{fieldName}']")?.TextContent.Trim() ?? "";

    public static string Text(this IDocument page, string selector) =>
        page.QuerySelector(selector)?.TextContent.Trim() ?? "";

    public static IReadOnlyList<string> Texts(this IDocument page, string selector) =>
        page.QuerySelectorAll(selector).Select(e => e.TextContent.Trim()).ToList();
}
