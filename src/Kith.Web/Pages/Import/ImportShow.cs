using System.Globalization;
using Kith.Core.Import;

namespace Kith.Web.Pages.Import;

/// <summary>How the import pages say numbers, statuses and results.</summary>
public static class ImportShow
{
    /// <summary>30000 → "30,000".</summary>
    public static string Number(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public static string Count(int n, string one, string many) => $"{Number(n)} {(n == 1 ? one : many)}";

    public static string Status(RowStatus status) => status switch
    {
        RowStatus.New => "New",
        RowStatus.Update => "Update",
        RowStatus.Unchanged => "Already here",
        RowStatus.PossibleDuplicate => "Possible duplicate",
        RowStatus.Error => "Error",
        _ => "Ignored",
    };

    public static string StatusClass(RowStatus status) => "badge badge-import-" + Kith.Core.Common.Vocabulary.Token(status);

    /// <summary>"1,200 added, 30 updated, 3 merged, 50 already here, 2 skipped", leaving out the zeros.</summary>
    public static string Result(ImportResult result)
    {
        var parts = new List<string>();
        void Add(int n, string what)
        {
            if (n > 0) parts.Add($"{Number(n)} {what}");
        }
        Add(result.Created, "added");
        Add(result.Updated, "updated");
        Add(result.Merged, "merged");
        Add(result.Unchanged, "already here");
        Add(result.Skipped, "skipped");
        return parts.Count == 0 ? "nothing to import" : string.Join(", ", parts);
    }

    /// <summary>How many people committing would add or change, for the button.</summary>
    public static int ToImport(ImportCounts counts) => counts.New + counts.Update + counts.PossibleDuplicate;

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => Count((int)bytes, "byte", "bytes"),
        < 1024 * 1024 => $"{(bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture)} KB",
        _ => $"{(bytes / 1024.0 / 1024.0).ToString("0.#", CultureInfo.InvariantCulture)} MB",
    };
}
