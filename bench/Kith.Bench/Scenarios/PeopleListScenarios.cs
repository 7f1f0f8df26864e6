using System.Text;
using Kith.Bench.Harness;
using Kith.Core.Common;
using Kith.Core.People;

namespace Kith.Bench.Scenarios;

/// <summary>
/// The people list, filtered and paged, and full-text search (which answers as the same list).
/// Baseline: a COUNT with the filters, then one SELECT of the page with its tags in a correlated
/// <c>group_concat</c>: two round trips where Kith makes three.
/// </summary>
public static class PeopleListScenarios
{
    private const int PageSize = 50;

    /// <summary>Two filters (department and level) and the third page, as someone browsing their own department would.</summary>
    public static Scenario Filtered(KithHost kith, Sql sql, int iterations, int page = 3) => new(
        $"People list: department + level, page {page}",
        "a COUNT with both filters, then one SELECT of the page with its tags, LIMIT/OFFSET",
        2.0, iterations,
        ct => KithAsync(kith, new PeopleQuery { Department = "Engineering", Level = "peer", Page = page, PageSize = PageSize }, ct),
        ct => BaselineAsync(sql, kith.AccountId, "p.Department = $d AND p.Level = $l", [("$d", "Engineering"), ("$l", (int)RelativeLevel.Peer)], page, ct));

    public static Scenario Search(KithHost kith, Sql sql, string label, string word, int iterations) => new(
        $"Search: {label} \"{word}\"",
        "the ids from the same FTS5 MATCH on people and interaction notes; a few are counted and paged as above, many by walking the name index",
        2.0, iterations,
        ct => KithAsync(kith, new PeopleQuery { Search = word, PageSize = PageSize }, ct),
        ct => SearchBaselineAsync(sql, kith.AccountId, word, ct));

    /// <summary>
    /// The least work known for a search: read the matching ids once (a person comes once per matching
    /// interaction) into a set. A few are answered by the COUNT and the page above, with the MATCH as a
    /// subquery; many by reading the account's ids in name order from the (AccountId, SortKey) index
    /// alone, keeping the first page's (and counting those in the set, unless the account is alone in
    /// the file, when the set's size is the count), then one SELECT of those 50 rows.
    /// </summary>
    private static async Task<string> SearchBaselineAsync(Sql sql, int accountId, string word, CancellationToken ct)
    {
        const string Matching = """
            SELECT rowid FROM PeopleSearch WHERE PeopleSearch MATCH $q
            UNION ALL SELECT ip.PersonId FROM InteractionParticipants ip JOIN InteractionsSearch s ON s.rowid = ip.InteractionId
            WHERE InteractionsSearch MATCH $q
            """;
        var query = $"\"{word}\"*";
        var matches = new HashSet<int>();
        await using (var connection = await sql.OpenAsync(ct))
        {
            await using var command = Sql.Command(connection, Matching, ("$q", query));
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                matches.Add(reader.GetInt32(0));
        }
        if (matches.Count <= PeopleService.WalkAbove)
            return await BaselineAsync(sql, accountId, $"p.Id IN ({Matching})", [("$q", query)], 1, ct);

        var me = await sql.ScalarAsync<int>("SELECT Id FROM People WHERE AccountId = $a AND IsMe", ct, ("$a", accountId));
        matches.Remove(me);
        // Alone in the file, every match is the account's: the count is the set's, and the walk ends with the page.
        var alone = await sql.ScalarAsync<int>("SELECT COUNT(*) FROM Accounts", ct) == 1;
        var total = 0;
        var pageIds = new List<int>(PageSize);
        await using (var connection = await sql.OpenAsync(ct))
        {
            await using var command = Sql.Command(connection, "SELECT Id FROM People WHERE AccountId = $a ORDER BY SortKey, Id", ("$a", accountId));
            await using var reader = await command.ExecuteReaderAsync(ct);
            while ((!alone || pageIds.Count < PageSize) && await reader.ReadAsync(ct))
            {
                var id = reader.GetInt32(0);
                if (!matches.Contains(id))
                    continue;
                if (pageIds.Count < PageSize)
                    pageIds.Add(id);
                total++;
            }
        }
        if (alone)
            total = matches.Count;
        var rows = await PageRowsAsync(sql, accountId, $"p.Id IN ({string.Join(',', pageIds)})", [], 1, ct);
        return Answer(total, rows);
    }

    private static async Task<string> KithAsync(KithHost kith, PeopleQuery query, CancellationToken ct)
    {
        var page = await kith.RunAsync<PeopleService, Page<PersonSummary>>(s => s.ListAsync(query, ct));
        return Answer(page.TotalCount, page.Items.Select(p => (p.Id, p.DisplayName, (IEnumerable<string>)p.Tags)));
    }

    private static async Task<string> BaselineAsync(Sql sql, int accountId, string where, (string, object?)[] parameters, int page, CancellationToken ct)
    {
        // A COUNT, then the page with its tags: on SQLite two plain queries beat one with COUNT(*) OVER (),
        // which must finish the whole window before the first row.
        var total = await sql.ScalarAsync<int>($"SELECT COUNT(*) FROM People p WHERE p.AccountId = $a AND p.IsMe = 0 AND {where}", ct, [("$a", accountId), .. parameters]);
        return Answer(total, await PageRowsAsync(sql, accountId, where, parameters, page, ct));
    }

    /// <summary>The page of people, in name order, with their tags in one correlated <c>group_concat</c>.</summary>
    private static async Task<List<(int, string, IEnumerable<string>)>> PageRowsAsync(Sql sql, int accountId, string where, (string, object?)[] parameters, int page, CancellationToken ct)
    {
        await using var connection = await sql.OpenAsync(ct);
        await using var command = Sql.Command(connection, $"""
            SELECT p.Id, p.FirstName, p.LastName, p.Organisation, p.Department, p.JobTitle, p.Roles, p.Level, p.Employer,
                   p.LastInteractionAt, p.NextDueOn, p.OverdueOn,
                   (SELECT group_concat(t.Name, '|') FROM PersonTags pt JOIN Tags t ON t.Id = pt.TagId WHERE pt.PersonId = p.Id) AS Tags
            FROM People p
            WHERE p.AccountId = $a AND p.IsMe = 0 AND {where}
            ORDER BY p.SortKey, p.Id
            LIMIT $take OFFSET $skip
            """, [("$a", accountId), ("$take", PageSize), ("$skip", (page - 1) * PageSize), .. parameters]);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<(int, string, IEnumerable<string>)>(PageSize);
        while (await reader.ReadAsync(ct))
        {
            var last = Sql.NullableString(reader, 2);
            var name = string.IsNullOrWhiteSpace(last) ? reader.GetString(1) : $"{reader.GetString(1)} {last}";
            rows.Add((reader.GetInt32(0), name, Sql.NullableString(reader, 12)?.Split('|') ?? []));
        }
        return rows;
    }

    private static string Answer(int total, IEnumerable<(int Id, string Name, IEnumerable<string> Tags)> rows)
    {
        var text = new StringBuilder().Append(total).Append(':');
        foreach (var (id, name, tags) in rows)
            text.Append(id).Append(' ').Append(name).Append(" [").AppendJoin(',', tags.Order(StringComparer.OrdinalIgnoreCase)).Append("];");
        return text.ToString();
    }
}
