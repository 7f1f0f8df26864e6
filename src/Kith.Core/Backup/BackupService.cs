using Kith.Core.Common;
using Kith.Core.Data;

namespace Kith.Core.Backup;

/// <summary>
/// The whole account as one JSON document with a schema version, and back. Restore works only into an
/// empty account (nobody but "me", nothing recorded) and reproduces the data exactly:
/// backup → restore → backup gives the same document.
/// </summary>
public sealed class BackupService(KithDbContext db, AccountClock clock)
{
    /// <summary>The schema version written in every backup; restore refuses a newer one.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The value of the document's "kith" property, which says what the file is.</summary>
    public const string Marker = "backup";

    /// <summary>Streams the backup document to <paramref name="output"/> (UTF-8 JSON).</summary>
    public Task WriteAsync(Stream output, CancellationToken ct = default) =>
        new BackupWriter(db, clock).WriteAsync(output, ct);

    /// <summary>
    /// Restores a backup into the current (empty) account in one transaction. A bad document throws
    /// <see cref="Import.ImportFileException"/> with the line; a non-empty account throws
    /// <see cref="Common.ValidationFailedException"/>; either way nothing is written.
    /// </summary>
    public Task<BackupCounts> RestoreAsync(Stream input, CancellationToken ct = default) =>
        new BackupRestorer(db, clock).RestoreAsync(input, ct);
}

/// <summary>How many rows of each kind a backup held ("people": 120, "interactions": 950…).</summary>
public sealed record BackupCounts(IReadOnlyDictionary<string, int> Rows);
