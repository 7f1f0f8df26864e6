using System.Globalization;
using Kith.Bench.Data;
using Kith.Bench.Harness;
using Kith.Core.Import;
using Kith.Core.People;
using Microsoft.Data.Sqlite;

namespace Kith.Bench.Scenarios;

/// <summary>
/// Importing LinkedIn's Connections.csv of 30,000 rows into an empty database (a fresh copy before
/// every run). Baseline: read the file line by line and write each row with one prepared INSERT
/// (plus one for its e-mail) in one transaction, the search and sort columns computed as Kith does.
/// </summary>
public static class ImportScenario
{
    public static async Task<(Scenario Scenario, KithHost Host)> CreateAsync(string emptyTemplate, string importPath, string csvPath, int iterations, CancellationToken ct)
    {
        await ResetAsync(emptyTemplate, importPath);
        var host = await KithHost.OpenAsync(importPath, ct);
        var sql = new Sql(importPath);
        var scenario = new Scenario(
            $"LinkedIn import, {Workspace.ImportRows:N0} rows",
            "parse the CSV by hand; one prepared INSERT per person (and per e-mail) in one transaction",
            3.0, iterations,
            async ct =>
            {
                var result = await host.RunAsync<ImportService, ImportResult>(s =>
                    s.CommitAsync(() => File.OpenRead(csvPath), new ImportOptions(), new ImportChoices(), ct: ct));
                return result.Created.ToString(CultureInfo.InvariantCulture);
            },
            ct => BaselineAsync(sql, host.AccountId, csvPath, ct),
            Reset: _ => ResetAsync(emptyTemplate, importPath),
            Observe: ct => ObserveAsync(sql, ct));
        return (scenario, host);
    }

    private static Task ResetAsync(string emptyTemplate, string importPath)
    {
        // Pooled connections would keep the replaced file open.
        SqliteConnection.ClearAllPools();
        Workspace.DeleteDatabase(importPath);
        File.Copy(emptyTemplate, importPath);
        return Task.CompletedTask;
    }

    private static async Task<string> BaselineAsync(Sql sql, int accountId, string csvPath, CancellationToken ct)
    {
        var now = BenchClock.Start.UtcDateTime;
        await using var connection = await sql.OpenAsync(ct);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        await using var person = Sql.Command(connection, """
            INSERT INTO People (AccountId, FirstName, LastName, IsMe, Organisation, JobTitle, Level, Employer, Roles, LinkedInUrl, MetOn,
                                CadenceUnit, SearchText, SortKey, CreatedAt, UpdatedAt)
            VALUES ($a, $first, $last, 0, $org, $title, 0, 0, 0, $url, $met, 0, $search, $sort, $now, $now) RETURNING Id
            """, ("$a", accountId), ("$first", ""), ("$last", null), ("$org", null), ("$title", null), ("$url", null), ("$met", null),
            ("$search", ""), ("$sort", ""), ("$now", now));
        await using var email = Sql.Command(connection, "INSERT INTO PersonEmails (AccountId, PersonId, Address) VALUES ($a, $p, $e)",
            ("$a", accountId), ("$p", 0), ("$e", ""));
        person.Transaction = transaction;
        email.Transaction = transaction;
        person.Prepare();
        email.Prepare();

        using var reader = new StreamReader(csvPath);
        var header = false;
        var created = 0;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            if (!header)
            {
                header = line == LinkedInFile.Header;
                continue;
            }
            var c = LinkedInFile.Cells(line);
            var (first, last, url, address, org, title) = (c[0], c[1], c[2], c[3], c[4], c[5]);
            var text = PeopleSearch.Searchable(string.Join(' ', new[] { first, last, org, title, address }.Where(s => s.Length > 0)));
            person.Parameters["$first"].Value = first;
            person.Parameters["$last"].Value = last;
            person.Parameters["$org"].Value = org;
            person.Parameters["$title"].Value = title;
            person.Parameters["$url"].Value = url;
            person.Parameters["$met"].Value = DateOnly.ParseExact(c[6], "dd MMM yyyy", CultureInfo.InvariantCulture);
            person.Parameters["$search"].Value = text.Length > Person.SearchTextLength ? text[..Person.SearchTextLength] : text;
            person.Parameters["$sort"].Value = Person.SortKeyOf($"{first} {last}");
            var id = (long)(await person.ExecuteScalarAsync(ct))!;
            if (address.Length > 0)
            {
                email.Parameters["$p"].Value = id;
                email.Parameters["$e"].Value = address;
                await email.ExecuteNonQueryAsync(ct);
            }
            created++;
        }
        await transaction.CommitAsync(ct);
        return created.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>What the import left: how many people and e-mails, and the total length of their search and sort text.</summary>
    private static async Task<string> ObserveAsync(Sql sql, CancellationToken ct)
    {
        await using var connection = await sql.OpenAsync(ct);
        await using var command = Sql.Command(connection, """
            SELECT COUNT(*), SUM(LENGTH(SearchText)), SUM(LENGTH(SortKey)), SUM(LENGTH(LinkedInUrl)), SUM(LENGTH(MetOn)),
                   (SELECT COUNT(*) FROM PersonEmails), (SELECT COUNT(*) FROM PeopleSearch WHERE PeopleSearch MATCH 'example')
            FROM People WHERE IsMe = 0
            """);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return string.Join(',', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "null" : reader.GetInt64(i).ToString(CultureInfo.InvariantCulture)));
    }
}
