using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kith.Core.Accounts;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> b)
    {
        b.Property(a => a.Name).HasMaxLength(100);
        b.Property(a => a.TimeZoneId).HasMaxLength(100);
        // Two processes starting on a fresh file must not both create the local account.
        b.HasIndex(a => a.Name).IsUnique();
    }
}
