using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kith.Core.Plan;

internal sealed class WeeklyPlanConfiguration : IEntityTypeConfiguration<WeeklyPlan>
{
    public void Configure(EntityTypeBuilder<WeeklyPlan> b) => b.HasKey(p => p.AccountId);
}

internal sealed class NetworkingSlotConfiguration : IEntityTypeConfiguration<NetworkingSlot>
{
    public void Configure(EntityTypeBuilder<NetworkingSlot> b)
    {
        b.Property(s => s.Label).HasMaxLength(100);
        b.HasIndex(s => s.AccountId);
    }
}

internal sealed class SlotOccurrenceConfiguration : IEntityTypeConfiguration<SlotOccurrence>
{
    public void Configure(EntityTypeBuilder<SlotOccurrence> b)
    {
        b.Property(o => o.PassedOver).HasMaxLength(400);
        b.Ignore(o => o.PassedOverIds);
        b.HasOne(o => o.Slot).WithMany().HasForeignKey(o => o.SlotId).OnDelete(DeleteBehavior.Cascade);
        // The person may be deleted later; the kept slot still counts for adherence.
        b.HasOne<People.Person>().WithMany().HasForeignKey(o => o.PersonId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(o => new { o.SlotId, o.On }).IsUnique();
        b.HasIndex(o => new { o.AccountId, o.On });
    }
}
