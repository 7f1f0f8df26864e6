using Kith.Core.Common;
using Kith.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.Accounts;

/// <summary>
/// The admin's invitations: a link with a secret, shown once, good for one registration within a
/// week. Only the secret's hash is stored.
/// </summary>
public sealed class InvitationService(KithDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(7);

    internal const string NotUsable = "This invitation link cannot be used: it has expired, was already used, or was revoked. Ask for a new one.";

    public async Task<NewInvitation> CreateAsync(int createdByUserId, InvitationInput input, CancellationToken ct = default)
    {
        var email = input.Email?.Trim();
        if (string.IsNullOrEmpty(email)) email = null;
        else if (email.Length > 256 || !email.Contains('@', StringComparison.Ordinal) || email.Any(char.IsWhiteSpace))
            throw ValidationFailedException.For(nameof(input.Email), "Enter an e-mail address such as name@example.org, or leave it empty.");

        var now = clock.GetUtcNow().UtcDateTime;
        var secret = Secrets.NewSecret();
        var invitation = new Invitation
        {
            SecretHash = Secrets.Hash(secret),
            Email = email,
            CreatedByUserId = createdByUserId,
            CreatedAt = now,
            ExpiresAt = now + ValidFor,
        };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(ct);
        return new NewInvitation(View(invitation, null, now), secret);
    }

    /// <summary>Every invitation, newest first, with whether it is pending, accepted or expired.</summary>
    public async Task<IReadOnlyList<InvitationView>> ListAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await db.Invitations.AsNoTracking().OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id)
            .Select(i => new { Invitation = i, AcceptedBy = db.Users.Where(u => u.Id == i.AcceptedByUserId).Select(u => u.Email).FirstOrDefault() })
            .ToListAsync(ct);
        return rows.Select(r => View(r.Invitation, r.AcceptedBy, now)).ToList();
    }

    /// <summary>Withdraws an invitation that has not been used: its link stops working at once.</summary>
    public async Task RevokeAsync(int id, CancellationToken ct = default)
    {
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw new NotFoundException("Invitation", id);
        if (invitation.AcceptedAt is not null)
            throw ValidationFailedException.For(nameof(id), "This invitation has been used; there is nothing left to revoke.");
        db.Invitations.Remove(invitation);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Whether a link's secret may still be used to register (for the registration page to say so up front).</summary>
    public async Task<bool> IsUsableAsync(string? secret, CancellationToken ct = default) =>
        await FindUsableAsync(secret, ct) is not null;

    /// <summary>The pending invitation the secret belongs to (tracked, to be marked accepted), or null.</summary>
    internal async Task<Invitation?> FindUsableAsync(string? secret, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(secret) || secret.Length > 100)
            return null;
        var hash = Secrets.Hash(secret);
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Invitations.FirstOrDefaultAsync(i => i.SecretHash == hash && i.AcceptedAt == null && i.ExpiresAt > now, ct);
    }

    private static InvitationView View(Invitation i, string? acceptedBy, DateTime now) => new(
        i.Id, i.Email,
        i.AcceptedAt is not null ? InvitationStatus.Accepted : i.ExpiresAt <= now ? InvitationStatus.Expired : InvitationStatus.Pending,
        i.CreatedAt, i.ExpiresAt, i.AcceptedAt, acceptedBy);
}
