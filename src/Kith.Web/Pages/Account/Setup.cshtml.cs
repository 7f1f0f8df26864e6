using Kith.Core.Accounts;
using Kith.Core.Common;
using Kith.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Kith.Web.Pages.Account;

/// <summary>The first user makes their account, becomes the admin and keeps the data already here.</summary>
[AllowAnonymous]
[EnableRateLimiting(AccountsSetup.SignInLimit)]
public sealed class SetupModel(AccountService accounts, SignInManager<KithUser> signIn) : AccountPageModel, IRegistrationPage
{
    [BindProperty]
    public RegistrationForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await accounts.AnyUserAsync(ct) ? RedirectToPage("/Account/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await accounts.AnyUserAsync(ct))
            return RedirectToPage("/Account/SignIn");
        try
        {
            var user = await accounts.SetUpAsync(Input.ToInput(), ct);
            await SignInAsync(signIn, accounts, user.Id, ct);
            Flash($"Welcome. You are signed in as {user.Email}, the admin: invite others from Invitations.");
            return LocalRedirect("/");
        }
        catch (ValidationFailedException failure)
        {
            ShowErrors(failure, nameof(Input));
            return Page();
        }
    }

    /// <summary>Signs a user in who has just been made (setup, registration), with the account claim.</summary>
    internal static async Task SignInAsync(SignInManager<KithUser> signIn, AccountService accounts, int userId, CancellationToken ct)
    {
        var user = await signIn.UserManager.FindByIdAsync(userId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            ?? throw new InvalidOperationException("The user just made is missing.");
        await signIn.SignInAsync(user, isPersistent: false);
        await accounts.RecordSignInAsync(userId, ct);
    }
}
