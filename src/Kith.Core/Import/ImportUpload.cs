using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Kith.Core.Accounts;

namespace Kith.Core.Import;

/// <summary>
/// An uploaded file waiting between preview and commit, and what is remembered about it: the
/// options and row choices so far (<see cref="DraftJson"/>) and, once committed, how the import
/// stands (<see cref="JobJson"/>). It lives in the database, not on one node's disk or memory, so
/// any app node behind a load balancer can preview, commit or report on it.
/// </summary>
public sealed class ImportUpload : IAccountScoped
{
    /// <summary>128 random bits as 32 lower-case hex digits: unguessable, so it can appear in a URL.</summary>
    public required string Id { get; set; }
    public int AccountId { get; set; }
    public required string FileName { get; set; }
    public long Length { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>False once the file's bytes are gone (imported or discarded); the row stays for the job's result.</summary>
    public bool HasData { get; set; }

    public string? DraftJson { get; set; }
    public string? JobJson { get; set; }
    public DateTime? JobUpdatedAt { get; set; }
}

/// <summary>One piece (at most <see cref="ImportStore.ChunkBytes"/>) of an upload's bytes, in order.</summary>
public sealed class ImportUploadChunk
{
    public required string UploadId { get; set; }
    public int Index { get; set; }
    public required byte[] Data { get; set; }
}

internal sealed class ImportUploadConfiguration : IEntityTypeConfiguration<ImportUpload>
{
    public void Configure(EntityTypeBuilder<ImportUpload> b)
    {
        b.Property(u => u.Id).HasMaxLength(32);
        b.Property(u => u.FileName).HasMaxLength(200);
        // Row choices for a 30,000-row file fit with room to spare.
        b.Property(u => u.DraftJson).HasMaxLength(4_000_000);
        b.Property(u => u.JobJson).HasMaxLength(400_000);
        b.HasIndex(u => new { u.AccountId, u.CreatedAt });
        b.HasIndex(u => u.CreatedAt);
    }
}

internal sealed class ImportUploadChunkConfiguration : IEntityTypeConfiguration<ImportUploadChunk>
{
    public void Configure(EntityTypeBuilder<ImportUploadChunk> b)
    {
        b.HasKey(c => new { c.UploadId, c.Index });
        b.Property(c => c.UploadId).HasMaxLength(32);
        b.HasOne<ImportUpload>().WithMany().HasForeignKey(c => c.UploadId).OnDelete(DeleteBehavior.Cascade);
    }
}
