using System.Text;
using Kith.Core.Backup;

namespace Kith.Web.Pages.Data;

/// <summary>What a restore brought back, in one line for the status message.</summary>
public static class RestoreSummary
{
    public static string Describe(BackupCounts counts)
    {
        var parts = counts.Rows.Where(r => r.Value > 0).Select(r => $"{Words(r.Key)}: {r.Value}").ToList();
        return parts.Count == 0
            ? "Backup restored. It held nothing but your own record."
            : $"Backup restored — {string.Join(", ", parts)}.";
    }

    /// <summary>"followUps", "follow-ups" or "FollowUps" → "follow ups", so every key reads as words.</summary>
    internal static string Words(string key)
    {
        var words = new StringBuilder();
        foreach (var c in key)
        {
            if (c is '-' or '_') words.Append(' ');
            else if (char.IsUpper(c) && words.Length > 0 && words[^1] != ' ') words.Append(' ').Append(char.ToLowerInvariant(c));
            else words.Append(char.ToLowerInvariant(c));
        }
        return words.ToString();
    }
}
