using Microsoft.AspNetCore.Identity;

namespace Kith.Core.Accounts;

/// <summary>
/// A person who signs in (ASP.NET Core Identity: hashed password, lockout). Each user owns exactly
/// one <see cref="Account"/>, and every row they see is that account's.
/// </summary>
public sealed class KithUser : IdentityUser<int>
{
    public int AccountId { get; set; }
    public Account? Account { get; set; }

    /// <summary>The first user is the admin: they invite the others.</summary>
    public bool IsAdmin { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime? LastSignInAt { get; set; }
}

/// <summary>
/// An invitation to register, made by an admin. Only the SHA-256 of its secret is stored; the link
/// with the secret is shown once. Good for one registration before it expires.
/// </summary>
public sealed class Invitation
{
    public int Id { get; set; }

    /// <summary>Hex SHA-256 of the secret in the invitation link.</summary>
    public required string SecretHash { get; set; }

    /// <summary>Who it is for, as the admin wrote it; registration may use another e-mail.</summary>
    public string? Email { get; set; }

    public int CreatedByUserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? AcceptedAt { get; set; }
    public int? AcceptedByUserId { get; set; }
}

/// <summary>
/// A personal API token for the CLI and scripts: named, shown once, stored as a SHA-256 hash,
/// revocable, with the last time it was used. Scoped to its account like every other row.
/// </summary>
public sealed class ApiToken : IAccountScoped
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public int UserId { get; set; }
    public required string Name { get; set; }

    /// <summary>The first characters of the token ("kith_ab12…"), so the user can tell tokens apart.</summary>
    public required string Prefix { get; set; }

    /// <summary>Hex SHA-256 of the whole token.</summary>
    public required string SecretHash { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}

/// <summary>
/// One ASP.NET Core data-protection key (as XML), kept in the database so that every app node
/// reads the same keys: a cookie or antiforgery token made on one node is valid on the others.
/// </summary>
public sealed class DataProtectionKeyRow
{
    public int Id { get; set; }
    public string? FriendlyName { get; set; }
    public required string Xml { get; set; }
}
