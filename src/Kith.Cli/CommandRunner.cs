using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core;
using Kith.Core.Accounts;
using Kith.Core.Common;
using Kith.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Cli;

/// <summary>
/// Runs one command against the database: the same Core services the web app uses, wired per
/// command, and every failure turned into an "error:" line and an exit code instead of a stack trace.
/// </summary>
internal sealed class CommandRunner(Terminal terminal, TimeProvider clock, GlobalOptions global)
{
    private const string DebugVariable = "KITH_DEBUG";

    public GlobalOptions Global => global;

    /// <param name="labels">How the user typed each input field the services may complain about ("Emails" → "--email").</param>
    public async Task<int> RunAsync(ParseResult parse, FieldLabels labels, Func<CommandScope, CancellationToken, Task> work, CancellationToken ct)
    {
        DatabaseSettings database;
        try
        {
            // --db names a SQLite file; otherwise Kith__Database__Provider/Path/ConnectionString or KITH_DB decide.
            database = parse.GetValue(global.Db) is { Length: > 0 } file ? DatabaseSettings.Sqlite(file) : DatabaseSettings.Resolve(null, null, null);
        }
        catch (ArgumentException e)
        {
            terminal.Fail(e.Message);
            return ExitCodes.InvalidInput;
        }
        try
        {
            var account = new LocalAccount();
            await using var services = new ServiceCollection()
                .AddSingleton(clock)
                .AddSingleton<ICurrentAccount>(account)
                .AddKithCore(_ => database)
                .BuildServiceProvider();

            // Two units of work: make the database ready, then the command itself.
            await using (var prepare = services.CreateAsyncScope())
            {
                var db = prepare.ServiceProvider.GetRequiredService<KithDbContext>();
                account.AccountId = await KithDatabase.PrepareAsync(db, database, clock, ct: ct);
                // A token makes the command act for its owner's account on a shared database.
                var token = parse.GetValue(global.Token) is { Length: > 0 } given ? given : Environment.GetEnvironmentVariable(GlobalOptions.TokenVariable);
                if (!string.IsNullOrWhiteSpace(token))
                {
                    var owner = await ApiTokenService.AuthenticateAsync(db, token.Trim(), clock.GetUtcNow().UtcDateTime, ct)
                        ?? throw new UserError($"the API token (--token or {GlobalOptions.TokenVariable}) is unknown or was revoked; make a new one on the Account page.", ExitCodes.Failure);
                    account.AccountId = owner.AccountId;
                }
            }
            await using var scope = services.CreateAsyncScope();
            await work(new CommandScope(scope.ServiceProvider, terminal, parse.GetValue(global.Json)), ct);
            return ExitCodes.Ok;
        }
        catch (ValidationFailedException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                foreach (var message in messages)
                    terminal.Fail($"{labels.For(field)}: {message}");
            }
            return ExitCodes.InvalidInput;
        }
        catch (NotFoundException e)
        {
            terminal.Fail(e.Message);
            return ExitCodes.NotFound;
        }
        catch (UserError e)
        {
            terminal.Fail(e.Message);
            return e.ExitCode;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            terminal.Fail("cancelled; nothing more was changed.");
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException && database.IsSqlite)
        {
            terminal.Fail($"cannot use the database file {database.Target} (set with --db or KITH_DB): {e.Message}");
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or Npgsql.PostgresException)
        {
            terminal.Fail($"cannot use the database {database.Describe()} (set with Kith__Database__ConnectionString): {e.Message}");
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug, not a mistake of the user's: say so plainly; the trace only when asked for.
            terminal.Fail($"unexpected failure ({e.GetType().Name}): {e.Message}");
            terminal.Error.WriteLine(Environment.GetEnvironmentVariable(DebugVariable) is { Length: > 0 }
                ? e.ToString()
                : $"Set {DebugVariable}=1 to see the details, and please report it.");
            return ExitCodes.Failure;
        }
    }
}
