using Kith.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.Common;

/// <summary>Tags and areas are rows known by a case-folded name; these find or create them in one query.</summary>
internal static class NamedRows
{
    /// <summary>The rows with these names, loaded in one query by their case-folded key; new (unsaved) rows for the rest.</summary>
    public static async Task<List<T>> FindOrCreateAsync<T>(IQueryable<T> set, IReadOnlyList<string> names, Func<string, T> create, CancellationToken ct)
        where T : class, INamedRow
    {
        if (names.Count == 0) return [];
        var keys = names.Select(INamedRow.KeyOf).ToList();
        var known = await set.Where(r => keys.Contains(r.NameKey)).ToDictionaryAsync(r => r.NameKey, ct);
        return names.Select(name =>
        {
            var key = INamedRow.KeyOf(name);
            if (known.TryGetValue(key, out var row)) return row;
            var created = create(name.Trim());
            created.NameKey = key;
            known[key] = created;
            return created;
        }).ToList();
    }

    /// <summary>
    /// Makes a list of join rows (person–tag, goal–area…) point at exactly <paramref name="rows"/>:
    /// drops links to rows no longer named, adds links for new ones, keeps the rest untouched.
    /// </summary>
    public static void SyncLinks<TLink, TRow>(List<TLink> links, List<TRow> rows, Func<TLink, int> rowIdOf, Func<TRow, TLink> link)
        where TRow : class, INamedRow
    {
        links.RemoveAll(l => !rows.Any(r => r.Id == rowIdOf(l) && r.Id != 0));
        foreach (var row in rows.Where(r => r.Id == 0 || links.All(l => rowIdOf(l) != r.Id)))
            links.Add(link(row));
    }

    /// <summary>Trimmed, non-empty, distinct regardless of case, in the order given.</summary>
    public static List<string> CleanNames(IReadOnlyList<string>? names) =>
        names?.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim())
            .DistinctBy(INamedRow.KeyOf).ToList() ?? [];

    /// <summary>Checks a list of area names: each at most 100 characters, at most <paramref name="max"/> of them.</summary>
    public static void CheckAreas(ValidationErrors errors, string field, List<string> names, int max)
    {
        if (names.Count > max)
            errors.Add(field, $"At most {max} areas (there are {names.Count}).");
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].Length > 100)
                errors.Add($"{field}[{i}]", $"Keep an area under 100 characters (it has {names[i].Length}).");
        }
    }
}
