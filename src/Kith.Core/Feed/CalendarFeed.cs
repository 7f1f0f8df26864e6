using Kith.Core.Accounts;

namespace Kith.Core.Feed;

/// <summary>
/// The private subscription address of an account's calendar. The token is the only secret in the
/// URL; regenerating it replaces the row, so the old address stops working at once.
/// </summary>
public sealed class CalendarFeed : IAccountScoped
{
    public int AccountId { get; set; }
    public required string Token { get; set; }
    public DateTime CreatedAt { get; set; }
}

internal sealed class CalendarFeedConfiguration : Microsoft.EntityFrameworkCore.IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<CalendarFeed> b)
    {
        b.HasKey(f => f.AccountId);
        b.Property(f => f.Token).HasMaxLength(64);
        b.HasIndex(f => f.Token).IsUnique();
    }
}
