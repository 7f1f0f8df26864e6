using Kith.Core.Accounts;
using Kith.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Kith.Web.Pages.Account;

/// <summary>
/// Pages about accounts exist only when people sign in: in single-user (local) mode there is no
/// one to sign in as, so they answer 404.
/// </summary>
public abstract class AccountPageModel : KithPageModel
{
    protected KithMode Mode => HttpContext.RequestServices.GetRequiredService<KithMode>();

    /// <summary>The signed-in user's id (these pages are reached signed in, except sign-in and registration).</summary>
    protected int UserId => KithClaims.UserOf(User) ?? throw new InvalidOperationException("No user is signed in.");

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (Mode.IsLocal)
            context.Result = NotFound();
        base.OnPageHandlerExecuting(context);
    }

    /// <summary>Back where the person was going, never to another site.</summary>
    protected IActionResult BackTo(string? returnUrl) =>
        LocalRedirect(!string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
}

/// <summary>An e-mail and a password typed twice; names match <see cref="RegistrationInput"/> so errors land on their fields.</summary>
public sealed class RegistrationForm
{
    public string? Email { get; set; }
    public string? Password { get; set; }
    public string? ConfirmPassword { get; set; }

    public RegistrationInput ToInput() => new(Email, Password, ConfirmPassword);
}

/// <summary>A page with the registration fields (setting up, accepting an invitation).</summary>
public interface IRegistrationPage
{
    RegistrationForm Input { get; }
}
