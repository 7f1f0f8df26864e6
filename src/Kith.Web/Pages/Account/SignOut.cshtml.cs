using Kith.Core.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.Account;

/// <summary>Signing out is a post (from the header's button), so another site cannot sign anyone out with a link.</summary>
public sealed class SignOutModel(SignInManager<KithUser> signIn) : AccountPageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        Flash("You are signed out.");
        return RedirectToPage("/Account/SignIn");
    }
}
