using Kith.Core.Common;
using Kith.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.Accounts;

/// <summary>
/// Who may sign in: the first user sets Kith up (and keeps the data already in the local account),
/// everyone after that comes by invitation and gets an account of their own.
/// </summary>
public sealed class AccountService(KithDbContext db, UserManager<KithUser> users, InvitationService invitations, TimeProvider clock)
{
    /// <summary>False until the first user has set Kith up.</summary>
    public Task<bool> AnyUserAsync(CancellationToken ct = default) => db.Users.AnyAsync(ct);

    /// <summary>
    /// The first user: becomes the admin and takes over the local account, so everything recorded
    /// before accounts were switched on stays theirs. Refused once anyone has set Kith up.
    /// </summary>
    public async Task<UserView> SetUpAsync(RegistrationInput input, CancellationToken ct = default)
    {
        var email = Check(input);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await db.Users.AnyAsync(ct))
            throw AlreadySetUp();
        var local = await db.Accounts.OrderBy(a => a.Id).FirstOrDefaultAsync(a => a.Name == LocalAccountBootstrapper.LocalAccountName, ct)
            ?? throw new InvalidOperationException("The local account is missing; the database was not prepared.");
        var user = NewUser(email, local.Id, isAdmin: true);
        try
        {
            await CreateAsync(user, input.Password!);
        }
        catch (DbUpdateException)
        {
            // Someone else set Kith up in the same moment; the unique account index kept it to one.
            throw AlreadySetUp();
        }
        await transaction.CommitAsync(ct);
        return View(user);
    }

    /// <summary>
    /// Accepts an invitation: a new account (in the inviter's time zone) with its own "me" person,
    /// and the invitation is used up. Nothing is written when anything is wrong.
    /// </summary>
    public async Task<UserView> RegisterAsync(string? invitationSecret, RegistrationInput input, CancellationToken ct = default)
    {
        var email = Check(input);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var invitation = await invitations.FindUsableAsync(invitationSecret, ct)
            ?? throw ValidationFailedException.For("Invitation", InvitationService.NotUsable);
        var zone = await db.Users.Where(u => u.Id == invitation.CreatedByUserId).Select(u => u.Account!.TimeZoneId).FirstOrDefaultAsync(ct) ?? "UTC";
        var now = clock.GetUtcNow().UtcDateTime;

        // Named after its user once the user has an id; a unique placeholder until then.
        var account = new Account { Name = $"new-{Guid.NewGuid():N}", TimeZoneId = zone, CreatedAt = now };
        db.Accounts.Add(account);
        await db.SaveChangesAsync(ct);
        var user = NewUser(email, account.Id, isAdmin: false);
        await CreateAsync(user, input.Password!);
        account.Name = $"user-{user.Id}";
        await LocalAccountBootstrapper.AddMeIfMissingAsync(db, account.Id, now, ct);
        invitation.AcceptedAt = now;
        invitation.AcceptedByUserId = user.Id;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return View(user);
    }

    public async Task<UserView> GetAsync(int userId, CancellationToken ct = default) =>
        View(await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct) ?? throw new NotFoundException("User", userId));

    public async Task ChangePasswordAsync(int userId, PasswordChangeInput input, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrEmpty(input.CurrentPassword)) errors.Add(nameof(input.CurrentPassword), "Enter your current password.");
        if (string.IsNullOrEmpty(input.NewPassword)) errors.Add(nameof(input.NewPassword), "Enter a new password.");
        else if (input.NewPassword != input.ConfirmPassword) errors.Add(nameof(input.ConfirmPassword), "The two new passwords are not the same.");
        errors.ThrowIfAny();

        var user = await users.FindByIdAsync(userId.ToString(System.Globalization.CultureInfo.InvariantCulture)) ?? throw new NotFoundException("User", userId);
        var result = await users.ChangePasswordAsync(user, input.CurrentPassword!, input.NewPassword!);
        if (!result.Succeeded)
            throw IdentityErrors.ToValidation(result, "CurrentPassword", nameof(input.NewPassword));
    }

    /// <summary>Remembers when the user last signed in, for the account page.</summary>
    public async Task RecordSignInAsync(int userId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.LastSignInAt, now), ct);
    }

    private static string Check(RegistrationInput input)
    {
        var errors = new ValidationErrors();
        var email = input.Email?.Trim();
        if (string.IsNullOrEmpty(email)) errors.Add(nameof(input.Email), "Enter your e-mail address; you sign in with it.");
        else if (email.Length > 256 || !email.Contains('@', StringComparison.Ordinal) || email.Any(char.IsWhiteSpace))
            errors.Add(nameof(input.Email), "Enter an e-mail address such as name@example.org.");
        if (string.IsNullOrEmpty(input.Password)) errors.Add(nameof(input.Password), $"Choose a password of at least {AccountRules.MinimumPasswordLength} characters.");
        else if (input.Password != input.ConfirmPassword) errors.Add(nameof(input.ConfirmPassword), "The two passwords are not the same.");
        errors.ThrowIfAny();
        return email!;
    }

    private KithUser NewUser(string email, int accountId, bool isAdmin) => new()
    {
        UserName = email,
        Email = email,
        AccountId = accountId,
        IsAdmin = isAdmin,
        CreatedAt = clock.GetUtcNow().UtcDateTime,
    };

    private async Task CreateAsync(KithUser user, string password)
    {
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
            throw IdentityErrors.ToValidation(result, nameof(RegistrationInput.Email), nameof(RegistrationInput.Password));
    }

    private static ValidationFailedException AlreadySetUp() =>
        ValidationFailedException.For(nameof(RegistrationInput.Email), "Kith has already been set up. Sign in, or ask the admin for an invitation.");

    internal static UserView View(KithUser u) => new(u.Id, u.Email ?? "", u.AccountId, u.IsAdmin, u.CreatedAt, u.LastSignInAt);
}
