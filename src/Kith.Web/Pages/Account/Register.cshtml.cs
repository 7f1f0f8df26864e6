using Kith.Core.Accounts;
using Kith.Core.Common;
using Kith.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Kith.Web.Pages.Account;

/// <summary>Registration by invitation: the link's secret, an e-mail and a password make a new account.</summary>
[AllowAnonymous]
[EnableRateLimiting(AccountsSetup.SignInLimit)]
public sealed class RegisterModel(AccountService accounts, InvitationService invitations, SignInManager<KithUser> signIn) : AccountPageModel, IRegistrationPage
{
    [BindProperty(SupportsGet = true)]
    public string? Invitation { get; set; }

    [BindProperty]
    public RegistrationForm Input { get; set; } = new();

    public bool IsUsable { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => IsUsable = await invitations.IsUsableAsync(Invitation, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var user = await accounts.RegisterAsync(Invitation, Input.ToInput(), ct);
            await SetupModel.SignInAsync(signIn, accounts, user.Id, ct);
            Flash($"Welcome. You are signed in as {user.Email}.");
            return LocalRedirect("/");
        }
        catch (ValidationFailedException failure)
        {
            IsUsable = await invitations.IsUsableAsync(Invitation, ct);
            ShowErrors(failure, nameof(Input));
            return Page();
        }
    }
}
