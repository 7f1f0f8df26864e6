using System.Security.Cryptography;
using System.Text;

namespace Kith.Core.Accounts;

/// <summary>
/// Secrets handed to a person once (API tokens, invitation links) and stored only as a hash, so a
/// copy of the database lets nobody act as anyone.
/// </summary>
public static class Secrets
{
    /// <summary>What every API token starts with, so a leaked one is recognisable (and greppable).</summary>
    public const string TokenPrefix = "kith_";

    /// <summary>How many characters of a token are kept in clear to tell tokens apart.</summary>
    public const int ShownPrefixLength = 12;

    /// <summary>32 random bytes as base64url: unguessable, safe in URLs and headers.</summary>
    public static string NewSecret() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string NewApiToken() => TokenPrefix + NewSecret();

    /// <summary>Lower-case hex SHA-256 of the secret's UTF-8 bytes: what the database keeps.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
