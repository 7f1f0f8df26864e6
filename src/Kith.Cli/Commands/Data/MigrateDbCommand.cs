using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Spectre.Console;

namespace Kith.Cli.Commands.Data;

/// <summary><c>kith migrate-db --to "…"</c>: the whole database, every account, moved into an empty PostgreSQL database.</summary>
internal static class MigrateDbCommand
{
    private const string Summary = "Move the whole database (the SQLite file) into an empty PostgreSQL database.";

    private const string Details = """
        Copies every table — people, interactions, follow-ups, mentoring, plans, feeds, accounts,
        users, API tokens, invitations and data-protection keys — from the database in use (--db,
        else $KITH_DB, else ~/.local/share/kith/kith.db) into the PostgreSQL database that --to
        names. The target is first given Kith's tables; it must hold no Kith data yet. Ids are kept.
        The copy is one transaction: it is committed only when every table holds as many rows as
        in the source, and the counts are printed. The source file keeps all its data.
        Then point Kith at PostgreSQL:
          Kith__Database__Provider=postgres Kith__Database__ConnectionString="…"

        Exit codes: 0 copied and counts match; 1 the target cannot be reached or the counts
        differ (nothing is kept); 2 a malformed connection string or a target that already holds data.

        Example:
          kith migrate-db --to "Host=db.example.org;Database=kith;Username=kith;Password=…"
        """;

    /// <summary>The <c>--json</c> shape: where the data went and the rows of each table on both sides.</summary>
    internal sealed record Migrated(string Target, bool Matches, IReadOnlyList<TableCount> Tables);

    public static Command Create(CommandRunner runner)
    {
        var to = new Option<string>("--to")
        {
            Description = "The PostgreSQL connection string of the empty target database, e.g. \"Host=…;Database=kith;Username=…;Password=…\".",
            HelpName = "connection string",
            Required = true,
        };
        var command = new KithCommand("migrate-db", Summary, Details) { to };

        command.SetAction((parse, ct) => runner.RunAsync(parse, new FieldLabels(), async (scope, ct) =>
        {
            DatabaseSettings target;
            try
            {
                target = DatabaseSettings.Postgres(parse.GetValue(to) ?? "");
            }
            catch (ArgumentException e)
            {
                throw new UserError(e.Message.Replace(" (Parameter 'connectionString')", "", StringComparison.Ordinal) + " Nothing was copied.");
            }

            var options = new DbContextOptionsBuilder<KithDbContext>();
            options.UseKith(target);
            await using var targetDb = new KithDbContext(options.Options);
            var table = "";
            CopyResult result;
            try
            {
                result = await DatabaseCopier.CopyAsync(scope.Get<KithDbContext>(), targetDb, new Progress<(string Table, long Rows)>(p => table = p.Table), ct: ct);
            }
            catch (TargetNotEmptyException e)
            {
                throw new UserError($"{target.Describe()}: {e.Message} Nothing was copied.");
            }
            catch (Exception e) when (e is NpgsqlException or PostgresException or DbUpdateException)
            {
                var where = table.Length > 0 ? $" while copying {table}" : "";
                throw new UserError($"cannot copy into {target.Describe()}{where}: {(e.InnerException as PostgresException ?? e).Message} Nothing was copied.", ExitCodes.Failure);
            }
            finally
            {
                NpgsqlConnection.ClearAllPools();
            }

            if (scope.Json)
                scope.Terminal.Json(new Migrated(target.Describe(), result.Matches, result.Tables));
            else
                Print(scope.Terminal, target, result);
            if (!result.Matches)
                throw new UserError($"the row counts differ (marked ≠ above); nothing was kept in {target.Describe()}.", ExitCodes.Failure);
        }, ct));
        return command;
    }

    private static void Print(Terminal terminal, DatabaseSettings target, CopyResult result)
    {
        var table = Tables.Create("Table", "Source rows", "Copied rows", "");
        foreach (var row in result.Tables)
        {
            table.AddRow(Tables.Cell(row.Table), Tables.Cell(row.Source.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)),
                Tables.Cell(row.Target.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)),
                row.Matches ? Tables.Dim("=") : Tables.Cell("≠", Tables.Warning));
        }
        terminal.Write(table);
        if (!result.Matches)
            return;
        terminal.Line($"Copied {result.Tables.Sum(t => t.Target):N0} rows in {result.Tables.Count} tables to {target.Describe()}; every count matches.");
        terminal.Line("Use it from now on with: Kith__Database__Provider=postgres Kith__Database__ConnectionString=\"<the same connection string>\"");
    }
}
