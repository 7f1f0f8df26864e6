using Kith.Core.Accounts;
using Kith.Core.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.Account;

/// <summary>My account: who I am signed in as, my API tokens (made, listed, revoked) and my password.</summary>
public sealed class IndexModel(AccountService accounts, ApiTokenService tokens, SignInManager<KithUser> signIn) : AccountPageModel
{
    public sealed class TokenForm
    {
        public string? Name { get; set; }
    }

    public sealed class PasswordForm
    {
        public string? CurrentPassword { get; set; }
        public string? NewPassword { get; set; }
        public string? ConfirmPassword { get; set; }
    }

    [BindProperty]
    public TokenForm Token { get; set; } = new();

    [BindProperty]
    public PasswordForm Password { get; set; } = new();

    public UserView Me { get; private set; } = null!;
    public IReadOnlyList<ApiTokenView> Tokens { get; private set; } = [];

    /// <summary>A token just made, shown on this response only (never put in a redirect or TempData).</summary>
    public NewApiToken? Created { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateTokenAsync(CancellationToken ct)
    {
        try
        {
            Created = await tokens.CreateAsync(new ApiTokenInput(Token.Name), ct);
            Token = new TokenForm();
            ModelState.Clear();
        }
        catch (ValidationFailedException failure)
        {
            ShowErrors(failure, nameof(Token));
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct)
    {
        var revoked = await tokens.RevokeAsync(id, ct);
        Flash($"Token “{revoked.Name}” revoked: it no longer works.");
        return RedirectToPage(null, null, "tokens");
    }

    public async Task<IActionResult> OnPostPasswordAsync(CancellationToken ct)
    {
        try
        {
            await accounts.ChangePasswordAsync(UserId, new PasswordChangeInput(Password.CurrentPassword, Password.NewPassword, Password.ConfirmPassword), ct);
            // The security stamp changed: sign in again so this browser keeps a valid cookie (others are signed out).
            if (await signIn.UserManager.GetUserAsync(User) is { } user)
                await signIn.RefreshSignInAsync(user);
            Flash("Password changed.");
            return RedirectToPage(null, null, "password");
        }
        catch (ValidationFailedException failure)
        {
            ShowErrors(failure, nameof(Password));
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Me = await accounts.GetAsync(UserId, ct);
        Tokens = await tokens.ListAsync(ct);
    }
}
