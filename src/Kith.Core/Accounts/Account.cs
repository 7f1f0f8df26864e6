namespace Kith.Core.Accounts;

/// <summary>The owner of every row in Kith: one person's (or, later, one team member's) data.</summary>
public sealed class Account
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>IANA or Windows zone id; "today" and "this week" are computed in this zone.</summary>
    public string TimeZoneId { get; set; } = "UTC";

    public DateTime CreatedAt { get; set; }

    /// <summary>
    /// Goes up by one with every saved change to the account's rows, so views computed from all of
    /// them (network health) can be kept until something changes. Not part of a backup.
    /// </summary>
    public long DataVersion { get; set; }
}
