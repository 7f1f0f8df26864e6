using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kith.Core.Accounts;

internal sealed class KithUserConfiguration : IEntityTypeConfiguration<KithUser>
{
    public void Configure(EntityTypeBuilder<KithUser> b)
    {
        b.HasOne(u => u.Account).WithMany().HasForeignKey(u => u.AccountId).OnDelete(DeleteBehavior.Restrict);
        // One user per account: the account is the user's own data.
        b.HasIndex(u => u.AccountId).IsUnique();
    }
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> b)
    {
        b.Property(i => i.SecretHash).HasMaxLength(64);
        b.HasIndex(i => i.SecretHash).IsUnique();
        b.Property(i => i.Email).HasMaxLength(256);
        b.HasOne<KithUser>().WithMany().HasForeignKey(i => i.CreatedByUserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<KithUser>().WithMany().HasForeignKey(i => i.AcceptedByUserId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> b)
    {
        b.Property(t => t.Name).HasMaxLength(100);
        b.Property(t => t.Prefix).HasMaxLength(16);
        b.Property(t => t.SecretHash).HasMaxLength(64);
        b.HasIndex(t => t.SecretHash).IsUnique();
        b.HasIndex(t => new { t.AccountId, t.CreatedAt });
        b.HasOne<Account>().WithMany().HasForeignKey(t => t.AccountId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<KithUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKeyRow>
{
    public void Configure(EntityTypeBuilder<DataProtectionKeyRow> b)
    {
        b.ToTable("DataProtectionKeys");
        b.Property(k => k.FriendlyName).HasMaxLength(200);
        b.Property(k => k.Xml).HasMaxLength(20_000);
    }
}
