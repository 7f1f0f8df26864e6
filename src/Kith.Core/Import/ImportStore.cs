using System.Security.Cryptography;

namespace Kith.Core.Import;

/// <summary>
/// Uploaded files waiting between preview and commit, kept on disk beside the database (never in
/// memory), under an unguessable id, per account. Files older than a day are removed.
/// </summary>
public sealed class ImportStore(string directory, TimeProvider time)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromDays(1);
    public const long MaxUploadBytes = 200L * 1024 * 1024;

    public string Directory { get; } = directory;

    /// <summary>Copies <paramref name="content"/> to disk (refusing more than <see cref="MaxUploadBytes"/>) and returns its handle.</summary>
    public async Task<StoredUpload> SaveAsync(int accountId, string fileName, Stream content, CancellationToken ct = default)
    {
        RemoveExpired();
        var folder = FolderOf(accountId);
        System.IO.Directory.CreateDirectory(folder);
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var path = Path.Combine(folder, id + ".upload");
        var name = SafeName(fileName);
        try
        {
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                var buffer = new byte[64 * 1024];
                long total = 0;
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    total += read;
                    if (total > MaxUploadBytes)
                        throw new ImportFileException(null, $"the file is larger than {MaxUploadBytes / 1024 / 1024} MB.");
                    await file.WriteAsync(buffer.AsMemory(0, read), ct);
                }
            }
            await File.WriteAllTextAsync(path + ".name", name, ct);
            return new StoredUpload(id, name, new FileInfo(path).Length, path);
        }
        catch
        {
            File.Delete(path);
            File.Delete(path + ".name");
            throw;
        }
    }

    /// <summary>The stored upload, or null when the id is unknown, expired, or another account's.</summary>
    public StoredUpload? Find(int accountId, string id)
    {
        if (id.Length != 32 || !id.All(char.IsAsciiHexDigitLower)) return null;
        var path = Path.Combine(FolderOf(accountId), id + ".upload");
        var info = new FileInfo(path);
        if (!info.Exists || time.GetUtcNow().UtcDateTime - info.LastWriteTimeUtc > KeepFor) return null;
        var name = File.Exists(path + ".name") ? File.ReadAllText(path + ".name") : id;
        return new StoredUpload(id, name, info.Length, path);
    }

    public void Delete(int accountId, string id)
    {
        if (Find(accountId, id) is { } upload)
        {
            File.Delete(upload.Path);
            File.Delete(upload.Path + ".name");
        }
    }

    private string FolderOf(int accountId) => Path.Combine(Directory, accountId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private void RemoveExpired()
    {
        if (!System.IO.Directory.Exists(Directory)) return;
        var cutoff = time.GetUtcNow().UtcDateTime - KeepFor;
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "*", SearchOption.AllDirectories))
        {
            if (File.GetLastWriteTimeUtc(file) < cutoff)
            {
                try { File.Delete(file); } catch (IOException) { } // in use by a commit right now; next time
            }
        }
    }

    private static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName ?? "");
        name = new string(name.Where(c => !char.IsControl(c)).ToArray());
        return string.IsNullOrWhiteSpace(name) ? "upload" : name.Length > 200 ? name[..200] : name;
    }
}

/// <summary>An upload on disk: its id, the name the user gave it, its size, and how to open it.</summary>
public sealed record StoredUpload(string Id, string FileName, long Length, string Path)
{
    public Stream Open() => new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
}
