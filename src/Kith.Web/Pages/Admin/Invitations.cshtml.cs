using Kith.Core.Accounts;
using Kith.Core.Common;
using Kith.Web.Pages.Account;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Kith.Web.Pages.Admin;

/// <summary>The admin's invitations: make a link (shown once), see which are pending, used or expired, revoke one.</summary>
public sealed class InvitationsModel(InvitationService invitations) : AccountPageModel
{
    public sealed class InvitationForm
    {
        public string? Email { get; set; }
    }

    [BindProperty]
    public InvitationForm Input { get; set; } = new();

    public IReadOnlyList<InvitationView> Invitations { get; private set; } = [];

    /// <summary>An invitation just made, with its secret: on this response only.</summary>
    public NewInvitation? Created { get; private set; }

    // Only the admin has this page; to anyone else it does not exist.
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        base.OnPageHandlerExecuting(context);
        if (context.Result is null && !KithClaims.IsAdmin(User))
            context.Result = NotFound();
    }

    public async Task OnGetAsync(CancellationToken ct) => Invitations = await invitations.ListAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        try
        {
            Created = await invitations.CreateAsync(UserId, new InvitationInput(Input.Email), ct);
            Input = new InvitationForm();
            ModelState.Clear();
        }
        catch (ValidationFailedException failure)
        {
            ShowErrors(failure, nameof(Input));
        }
        Invitations = await invitations.ListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct)
    {
        try
        {
            await invitations.RevokeAsync(id, ct);
            Flash("Invitation revoked: its link no longer works.");
        }
        catch (ValidationFailedException failure)
        {
            Flash(failure.Errors.Values.First()[0]);
        }
        return RedirectToPage(null, null, "invitations");
    }

    /// <summary>The absolute registration link, as this browser reached Kith.</summary>
    public string LinkFor(string secret) =>
        $"{Request.Scheme}://{Request.Host}{Request.PathBase}/account/register?invitation={Uri.EscapeDataString(secret)}";
}
