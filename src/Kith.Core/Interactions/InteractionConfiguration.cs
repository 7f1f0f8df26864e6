using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kith.Core.Interactions;

internal sealed class InteractionConfiguration : IEntityTypeConfiguration<Interaction>
{
    public void Configure(EntityTypeBuilder<Interaction> b)
    {
        b.Property(i => i.Summary).HasMaxLength(500);
        b.Property(i => i.Notes).HasMaxLength(20_000);
        b.HasMany(i => i.Participants).WithOne(p => p.Interaction).HasForeignKey(p => p.InteractionId).OnDelete(DeleteBehavior.Cascade);
        // The exchange rides along so network health counts a year of gives and asks from the index
        // alone (1.4 s of table reads at 1,000,000 interactions without it; docs/performance.md).
        b.HasIndex(i => new { i.AccountId, i.OccurredAt, i.Exchange });
    }
}

internal sealed class InteractionParticipantConfiguration : IEntityTypeConfiguration<InteractionParticipant>
{
    public void Configure(EntityTypeBuilder<InteractionParticipant> b)
    {
        b.HasKey(p => new { p.InteractionId, p.PersonId });
        b.HasOne(p => p.Person).WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
        // A person's timeline, newest first, is one range scan; with the account in the index (every
        // query carries it, through the account filter) counting a timeline never reads the table.
        b.HasIndex(p => new { p.PersonId, p.AccountId, p.OccurredAt });
    }
}
