using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kith.Core.KeepInTouch;

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> b)
    {
        b.Property(f => f.Description).HasMaxLength(500);
        b.HasOne(f => f.Person).WithMany().HasForeignKey(f => f.PersonId).OnDelete(DeleteBehavior.Cascade);
        // Open follow-ups due by a day: the agenda's second range scan.
        b.HasIndex(f => new { f.AccountId, f.DoneAt, f.DueOn });
        b.HasIndex(f => new { f.PersonId, f.DueOn });
    }
}
