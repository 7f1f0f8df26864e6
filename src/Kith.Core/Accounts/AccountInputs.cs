namespace Kith.Core.Accounts;

/// <summary>What a person types to set up Kith or accept an invitation.</summary>
public sealed record RegistrationInput(string? Email, string? Password, string? ConfirmPassword);

/// <summary>Changing my password: the current one proves it is me.</summary>
public sealed record PasswordChangeInput(string? CurrentPassword, string? NewPassword, string? ConfirmPassword);

/// <summary>A new API token only needs a name to tell it apart later ("laptop CLI", "backup script").</summary>
public sealed record ApiTokenInput(string? Name);

/// <summary>An invitation may name whom it is for; the link works for whoever has it.</summary>
public sealed record InvitationInput(string? Email);

/// <summary>A signed-up person as the account pages show them.</summary>
public sealed record UserView(int Id, string Email, int AccountId, bool IsAdmin, DateTime CreatedAt, DateTime? LastSignInAt);

/// <summary>A token as listed: never its secret, only the prefix to recognise it by.</summary>
public sealed record ApiTokenView(int Id, string Name, string Prefix, DateTime CreatedAt, DateTime? LastUsedAt, DateTime? RevokedAt)
{
    public bool IsRevoked => RevokedAt is not null;
}

/// <summary>A token just made: the only moment its secret is known.</summary>
public sealed record NewApiToken(ApiTokenView Token, string Secret);

/// <summary>Who a presented API token acts for.</summary>
public sealed record TokenIdentity(int TokenId, int UserId, int AccountId);

public enum InvitationStatus { Pending, Accepted, Expired }

/// <summary>An invitation as the admin sees it; its secret is never shown again after creation.</summary>
public sealed record InvitationView(int Id, string? Email, InvitationStatus Status, DateTime CreatedAt, DateTime ExpiresAt, DateTime? AcceptedAt, string? AcceptedBy);

/// <summary>An invitation just made, with the secret that goes into its link.</summary>
public sealed record NewInvitation(InvitationView Invitation, string Secret);
