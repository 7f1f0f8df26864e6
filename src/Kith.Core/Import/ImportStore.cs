using System.Security.Cryptography;
using Kith.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Core.Import;

/// <summary>
/// Uploaded files waiting between preview and commit, kept in the database in pieces of
/// <see cref="ChunkBytes"/> (never whole in memory), under an unguessable id, per account, with what
/// is remembered about them (the draft: options and row choices) and how their import stands (the
/// job). Because it is all in the database, every app node sees the same uploads. Uploads older than
/// a day are removed. Each call uses its own short unit of work and names the account explicitly,
/// so reading an upload never interferes with the import transaction that is writing its rows.
/// </summary>
public sealed class ImportStore(IServiceScopeFactory scopes, TimeProvider time)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromDays(1);
    public const long MaxUploadBytes = 200L * 1024 * 1024;
    public const int ChunkBytes = 1024 * 1024;

    /// <summary>Stores <paramref name="content"/> (refusing more than <see cref="MaxUploadBytes"/>) and returns its handle.</summary>
    public async Task<StoredUpload> SaveAsync(int accountId, string fileName, Stream content, CancellationToken ct = default)
    {
        await RemoveExpiredAsync(ct);
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var name = SafeName(fileName);

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KithDbContext>();
        // One transaction: a failed or too-large upload leaves no piece behind.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.ImportUploads.Add(new ImportUpload { Id = id, AccountId = accountId, FileName = name, CreatedAt = Now, HasData = true });
        await db.SaveChangesAsync(ct);

        var buffer = new byte[ChunkBytes];
        long total = 0;
        var index = 0;
        while (true)
        {
            var filled = await FillAsync(content, buffer, ct);
            if (filled == 0) break;
            total += filled;
            if (total > MaxUploadBytes)
                throw new ImportFileException(null, $"the file is larger than {MaxUploadBytes / 1024 / 1024} MB.");
            db.ImportUploadChunks.Add(new ImportUploadChunk { UploadId = id, Index = index++, Data = buffer[..filled] });
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            if (filled < buffer.Length) break;
        }
        await Uploads(db, accountId, id).ExecuteUpdateAsync(u => u.SetProperty(x => x.Length, total), ct);
        await transaction.CommitAsync(ct);
        return Handle(accountId, id, name, total);
    }

    /// <summary>The stored upload, or null when the id is unknown, expired, already imported, or another account's.</summary>
    public async Task<StoredUpload?> FindAsync(int accountId, string id, CancellationToken ct = default)
    {
        if (!IsId(id)) return null;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KithDbContext>();
        var cutoff = Now - KeepFor;
        var row = await Uploads(db, accountId, id).Where(u => u.HasData && u.CreatedAt > cutoff)
            .Select(u => new { u.FileName, u.Length }).FirstOrDefaultAsync(ct);
        return row is null ? null : Handle(accountId, id, row.FileName, row.Length);
    }

    /// <summary>Removes the file's bytes; the row stays (for a day) with its job, for whoever asks how the import went.</summary>
    public async Task DropDataAsync(int accountId, string id, CancellationToken ct = default)
    {
        if (!IsId(id)) return;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KithDbContext>();
        if (!await Uploads(db, accountId, id).AnyAsync(ct)) return;
        await db.ImportUploadChunks.Where(c => c.UploadId == id).ExecuteDeleteAsync(ct);
        await Uploads(db, accountId, id).ExecuteUpdateAsync(u => u.SetProperty(x => x.HasData, false), ct);
    }

    /// <summary>Forgets the upload entirely: its bytes, draft and job.</summary>
    public async Task DeleteAsync(int accountId, string id, CancellationToken ct = default)
    {
        if (!IsId(id)) return;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KithDbContext>();
        if (!await Uploads(db, accountId, id).AnyAsync(ct)) return;
        await db.ImportUploadChunks.Where(c => c.UploadId == id).ExecuteDeleteAsync(ct);
        await Uploads(db, accountId, id).ExecuteDeleteAsync(ct);
    }

    /// <summary>The remembered options and choices (as the web stores them), or null.</summary>
    public Task<string?> GetDraftAsync(int accountId, string id, CancellationToken ct = default) =>
        ReadAsync(accountId, id, u => u.DraftJson, ct);

    public Task SetDraftAsync(int accountId, string id, string json, CancellationToken ct = default) =>
        WriteAsync(accountId, id, (db, rows) => rows.ExecuteUpdateAsync(u => u.SetProperty(x => x.DraftJson, json), ct));

    /// <summary>How the import of this upload stands (as the web stores it), or null when it was never committed.</summary>
    public Task<string?> GetJobAsync(int accountId, string id, CancellationToken ct = default) =>
        ReadAsync(accountId, id, u => u.JobJson, ct);

    public Task SetJobAsync(int accountId, string id, string json, CancellationToken ct = default)
    {
        var now = Now;
        return WriteAsync(accountId, id, (db, rows) => rows.ExecuteUpdateAsync(u => u.SetProperty(x => x.JobJson, json).SetProperty(x => x.JobUpdatedAt, now), ct));
    }

    /// <summary>Reads the piece that holds byte <paramref name="index"/> × <see cref="ChunkBytes"/>, in its own unit of work.</summary>
    internal async Task<byte[]> ChunkAsync(int accountId, string id, int index, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KithDbContext>();
        var owned = Uploads(db, accountId, id).Select(u => u.Id);
        return await db.ImportUploadChunks.Where(c => c.UploadId == id && c.Index == index && owned.Contains(c.UploadId))
            .Select(c => c.Data).FirstOrDefaultAsync(ct)
            ?? throw new ImportFileException(null, "the uploaded file is no longer there; upload it again.");
    }

    private async Task<string?> ReadAsync(int accountId, string id, System.Linq.Expressions.Expression<Func<ImportUpload, string?>> column, CancellationToken ct)
    {
        if (!IsId(id)) return null;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KithDbContext>();
        return await Uploads(db, accountId, id).Select(column).FirstOrDefaultAsync(ct);
    }

    private async Task WriteAsync(int accountId, string id, Func<KithDbContext, IQueryable<ImportUpload>, Task<int>> update)
    {
        if (!IsId(id)) return;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KithDbContext>();
        await update(db, Uploads(db, accountId, id));
    }

    private StoredUpload Handle(int accountId, string id, string name, long length) =>
        new(id, name, length, () => new UploadStream(this, accountId, id, length));

    // The store is used outside any request's account (background imports), so it names the account itself.
    private static IQueryable<ImportUpload> Uploads(KithDbContext db, int accountId, string id) =>
        db.ImportUploads.IgnoreQueryFilters().Where(u => u.Id == id && u.AccountId == accountId);

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private async Task RemoveExpiredAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KithDbContext>();
        var cutoff = Now - KeepFor;
        var expired = db.ImportUploads.IgnoreQueryFilters().Where(u => u.CreatedAt < cutoff).Select(u => u.Id);
        await db.ImportUploadChunks.Where(c => expired.Contains(c.UploadId)).ExecuteDeleteAsync(ct);
        await db.ImportUploads.IgnoreQueryFilters().Where(u => u.CreatedAt < cutoff).ExecuteDeleteAsync(ct);
    }

    private static async Task<int> FillAsync(Stream content, byte[] buffer, CancellationToken ct)
    {
        var filled = 0;
        int read;
        while (filled < buffer.Length && (read = await content.ReadAsync(buffer.AsMemory(filled), ct)) > 0)
            filled += read;
        return filled;
    }

    private static bool IsId(string id) => id.Length == 32 && id.All(char.IsAsciiHexDigitLower);

    private static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName ?? "");
        name = new string(name.Where(c => !char.IsControl(c)).ToArray());
        return string.IsNullOrWhiteSpace(name) ? "upload" : name.Length > 200 ? name[..200] : name;
    }
}

/// <summary>A stored upload: its id, the name the user gave it, its size, and how to read it.</summary>
public sealed record StoredUpload(string Id, string FileName, long Length, Func<Stream> Opener)
{
    /// <summary>A seekable stream over the stored bytes, reading one piece at a time.</summary>
    public Stream Open() => Opener();
}
