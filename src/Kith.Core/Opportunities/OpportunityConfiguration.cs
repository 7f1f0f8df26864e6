using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kith.Core.Opportunities;

internal sealed class OpportunityConfiguration : IEntityTypeConfiguration<Opportunity>
{
    public void Configure(EntityTypeBuilder<Opportunity> b)
    {
        b.Property(o => o.Name).HasMaxLength(200);
        b.Property(o => o.Role).HasMaxLength(100);
        b.Property(o => o.Notes).HasMaxLength(10_000);
        b.HasOne(o => o.Buddy).WithMany().HasForeignKey(o => o.BuddyId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(o => o.Events).WithOne(e => e.Opportunity).HasForeignKey(e => e.OpportunityId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(o => o.AccountId);
        b.HasIndex(o => o.BuddyId);
    }
}

internal sealed class OpportunityEventConfiguration : IEntityTypeConfiguration<OpportunityEvent>
{
    public void Configure(EntityTypeBuilder<OpportunityEvent> b)
    {
        b.Property(e => e.Title).HasMaxLength(200);
        b.Property(e => e.Location).HasMaxLength(200);
        b.HasOne(e => e.Buddy).WithMany().HasForeignKey(e => e.BuddyId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(e => e.PeopleMet).WithOne().HasForeignKey(c => c.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => new { e.AccountId, e.StartsAt });
        b.HasIndex(e => e.OpportunityId);
        b.HasIndex(e => e.BuddyId);
    }
}

internal sealed class EventContactConfiguration : IEntityTypeConfiguration<EventContact>
{
    public void Configure(EntityTypeBuilder<EventContact> b)
    {
        b.HasKey(c => new { c.EventId, c.PersonId });
        b.HasOne(c => c.Person).WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => c.PersonId);
    }
}

internal sealed class IntroductionConfiguration : IEntityTypeConfiguration<Introduction>
{
    public void Configure(EntityTypeBuilder<Introduction> b)
    {
        b.Property(i => i.TargetDescription).HasMaxLength(200);
        b.Property(i => i.Reason).HasMaxLength(1_000);
        b.HasOne(i => i.Connector).WithMany().HasForeignKey(i => i.ConnectorId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(i => i.Target).WithMany().HasForeignKey(i => i.TargetId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(i => new { i.AccountId, i.Status });
        b.HasIndex(i => i.ConnectorId);
        b.HasIndex(i => i.TargetId);
    }
}
