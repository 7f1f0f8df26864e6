using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kith.Web.Pages;

/// <summary>The page shown, inside the site's layout, when a page request ends in an error status with no body.</summary>
// Re-executed for failed posts too (an expired antiforgery token among them), so it must not demand one itself.
[IgnoreAntiforgeryToken]
// Shown to people who are not signed in too: a wrong address, or too many sign-in attempts.
[AllowAnonymous]
public sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        (Title, Explanation) = code switch
        {
            404 => ("Page not found", "There is nothing at this address. It may have been deleted, or the link is mistyped."),
            400 => ("That request could not be used", "The form may have expired. Go back, reload the page and try again."),
            429 => ("Too many attempts", "Too many sign-in attempts came from here in the last minute. Wait a minute, then try again."),
            405 => ("That action is not available here", "Go back and use the page's own buttons."),
            500 => ("Something went wrong on our side", "The request could not be completed. Go back and try again; if it keeps happening, the app's console says more."),
            _ => ($"Something went wrong ({code})", "Go back and try again."),
        };
    }
}
