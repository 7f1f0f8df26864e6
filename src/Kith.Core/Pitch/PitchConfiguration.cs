using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kith.Core.Pitch;

internal sealed class PitchVersionConfiguration : IEntityTypeConfiguration<PitchVersion>
{
    public void Configure(EntityTypeBuilder<PitchVersion> b)
    {
        b.Property(p => p.Text).HasMaxLength(10_000);
        b.HasMany(p => p.Practices).WithOne().HasForeignKey(x => x.PitchId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(p => new { p.AccountId, p.Audience }).IsUnique();
    }
}

internal sealed class PitchPracticeConfiguration : IEntityTypeConfiguration<PitchPractice>
{
    public void Configure(EntityTypeBuilder<PitchPractice> b)
    {
        b.Property(p => p.Notes).HasMaxLength(2_000);
        b.HasIndex(p => new { p.PitchId, p.PractisedOn });
    }
}
