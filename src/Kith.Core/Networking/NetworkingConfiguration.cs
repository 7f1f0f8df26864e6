using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kith.Core.Networking;

internal sealed class NetworkingInterestConfiguration : IEntityTypeConfiguration<NetworkingInterest>
{
    public void Configure(EntityTypeBuilder<NetworkingInterest> b) => b.HasKey(i => new { i.AccountId, i.Way });
}

internal sealed class NetworkingCommitmentConfiguration : IEntityTypeConfiguration<NetworkingCommitment>
{
    public void Configure(EntityTypeBuilder<NetworkingCommitment> b)
    {
        b.Property(c => c.Description).HasMaxLength(500);
        b.HasIndex(c => new { c.AccountId, c.DoneAt, c.DueOn });
    }
}
