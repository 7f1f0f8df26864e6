using Kith.Core.Accounts;
using Kith.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Kith.Web.Pages.Account;

/// <summary>
/// Signing in with e-mail and password. Five wrong passwords lock the account for fifteen
/// minutes (and every address is rate-limited), so passwords cannot be guessed here.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(AccountsSetup.SignInLimit)]
public sealed class SignInModel(AccountService accounts, SignInManager<KithUser> signIn) : AccountPageModel
{
    public const string WrongPassword = "That e-mail address and password do not match an account. Check both and try again.";

    public sealed class SignInForm
    {
        public string? Email { get; set; }
        public string? Password { get; set; }
        public bool RememberMe { get; set; }
    }

    [BindProperty]
    public SignInForm Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // Nobody to sign in as yet: the first visitor sets Kith up.
        if (!await accounts.AnyUserAsync(ct))
            return RedirectToPage("/Account/Setup");
        if (User.Identity?.IsAuthenticated == true)
            return BackTo(ReturnUrl);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Input.Email)) ModelState.AddModelError("Input.Email", "Enter your e-mail address.");
        if (string.IsNullOrEmpty(Input.Password)) ModelState.AddModelError("Input.Password", "Enter your password.");
        if (!ModelState.IsValid)
            return Page();

        var result = await signIn.PasswordSignInAsync(Input.Email!.Trim(), Input.Password!, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            if (await signIn.UserManager.FindByEmailAsync(Input.Email.Trim()) is { } user)
                await accounts.RecordSignInAsync(user.Id, ct);
            return BackTo(ReturnUrl);
        }
        ModelState.AddModelError("Input.Password", result.IsLockedOut
            ? $"Too many wrong passwords: this account is locked for {AccountRules.LockoutFor.TotalMinutes:0} minutes. Try again later."
            : WrongPassword);
        return Page();
    }
}
