using System.Text;
using System.Text.RegularExpressions;
using Kith.Core.Backup;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Core.Tests.Backup;

/// <summary>Taking and restoring backups as text, the way a user's file would hold them.</summary>
public static partial class BackupDocuments
{
    public static Task<string> BackupAsync(Func<Func<IServiceProvider, Task<string>>, Task<string>> run) =>
        run(async sp =>
        {
            using var stream = new MemoryStream();
            await sp.GetRequiredService<BackupService>().WriteAsync(stream);
            return Encoding.UTF8.GetString(stream.ToArray());
        });

    public static Task<string> BackupAsync(this TestDatabase db) => BackupAsync(db.RunAsync);

    public static Task<string> BackupAsync(this OtherAccount account) => BackupAsync(account.RunAsync);

    public static Task<BackupCounts> RestoreAsync(this TestDatabase db, string document) =>
        RestoreAsync(db.RunAsync, document);

    public static Task<BackupCounts> RestoreAsync(this OtherAccount account, string document) =>
        RestoreAsync(account.RunAsync, document);

    private static Task<BackupCounts> RestoreAsync(Func<Func<IServiceProvider, Task<BackupCounts>>, Task<BackupCounts>> run, string document) =>
        run(async sp =>
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(document));
            return await sp.GetRequiredService<BackupService>().RestoreAsync(stream);
        });

    /// <summary>The document with its "exportedAt" value blanked, the one part allowed to differ between two backups.</summary>
    public static string WithoutExportedAt(string document) => ExportedAt().Replace(document, "\"exportedAt\": \"-\"", 1);

    /// <summary>The 1-based line of the first line containing <paramref name="text"/>.</summary>
    public static int LineOf(string document, string text)
    {
        var lines = document.Split('\n');
        for (var i = 0; i < lines.Length; i++)
            if (lines[i].Contains(text, StringComparison.Ordinal)) return i + 1;
        throw new InvalidOperationException($"'{text}' is not in the document.");
    }

    [GeneratedRegex("\"exportedAt\": \"[^\"]*\"")]
    private static partial Regex ExportedAt();
}
