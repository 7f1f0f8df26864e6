using Kith.Core.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Kith.Web.Pages;

/// <summary>
/// What every Kith page shares: a friendly 404 for records that do not exist, field errors from the
/// core services shown next to their inputs, and a one-line status after a successful post.
/// </summary>
public abstract class KithPageModel : PageModel
{
    public const string StatusKey = "Status";

    /// <summary>Says what just happened, on the page the post redirects to (Post/Redirect/Get).</summary>
    protected void Flash(string message) => TempData[StatusKey] = message;

    /// <summary>
    /// Puts each core error under the form field it belongs to. Core keys are input property names
    /// ("FirstName", "Emails[1]"); a list is edited in one text box, so its index is dropped.
    /// </summary>
    protected void ShowErrors(ValidationFailedException failure, string prefix, IReadOnlyDictionary<string, string>? renames = null)
    {
        var keys = new List<string>();
        foreach (var (field, messages) in failure.Errors)
        {
            var key = renames is not null && renames.TryGetValue(field, out var renamed) ? renamed : FieldKey(prefix, field);
            keys.Add(key);
            foreach (var message in messages)
                ModelState.AddModelError(key, message);
        }
        HttpContext.Items[ErrorOrderKey] = InFormOrder(keys, prefix);
    }

    /// <summary>Where the error summary finds the keys in the order their fields appear in the form.</summary>
    public const string ErrorOrderKey = "Kith.ErrorOrder";

    // The summary should read top to bottom like the form: order keys as the form class declares its properties.
    private List<string> InFormOrder(List<string> keys, string prefix)
    {
        var form = prefix.Length == 0 ? GetType() : GetType().GetProperty(prefix)?.PropertyType;
        var names = form?.GetProperties().Select(p => p.Name).ToList() ?? [];
        int Position(string key)
        {
            var name = prefix.Length == 0 ? key : key[(prefix.Length + 1)..];
            var index = names.IndexOf(name);
            return index < 0 ? int.MaxValue : index;
        }
        return keys.Distinct().OrderBy(Position).ToList();
    }

    internal static string FieldKey(string prefix, string field)
    {
        var bracket = field.IndexOf('[', StringComparison.Ordinal);
        var name = bracket >= 0 ? field[..bracket] : field;
        return prefix.Length == 0 ? name : $"{prefix}.{name}";
    }

    /// <summary>A record that does not exist (or belongs to no one here) gets the site's 404 page, not an error.</summary>
    public override void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
        if (context.Exception is NotFoundException missing && !context.ExceptionHandled)
        {
            context.ExceptionHandled = true;
            context.Result = new ViewResult
            {
                ViewName = "/Pages/Shared/NotFound.cshtml",
                StatusCode = StatusCodes.Status404NotFound,
                ViewData = new ViewDataDictionary<NotFoundException>(ViewData, missing),
            };
        }
        base.OnPageHandlerExecuted(context);
    }
}
