using System.Globalization;
using System.Text;
using Kith.Bench.Harness;
using Kith.Core.Agenda;
using Kith.Core.Common;
using Kith.Core.KeepInTouch;
using Kith.Core.People;
using Microsoft.Data.Sqlite;

namespace Kith.Bench.Scenarios;

/// <summary>
/// The agenda for this week. Baseline: people due by Sunday who were not seen in the last three days,
/// ranked in SQL by the stored ranking line (RankSlope × day − RankOffset) and cut at 401 rows; those
/// scored with Kith's own rules in memory (all of them, if the 200th score does not clear the 401st
/// line value); open follow-ups due by Sunday (one range query); sorted, top 200. The generated data
/// has no mentorships or networking steps, so the baseline leaves out the five (empty) queries Kith
/// also makes for those.
/// </summary>
public static class AgendaScenario
{
    public static Scenario Create(KithHost kith, Sql sql, int iterations) => new(
        "Agenda for this week",
        "cadences due by Sunday ranked in SQL by their stored line, top 401 scored in memory; follow-ups due by Sunday; top 200",
        2.0, iterations,
        async ct => Answer((await kith.RunAsync<AgendaService, AgendaView>(s => s.GetAsync(AgendaWindow.Week, ct))).Items
            .Select(i => (Kind(i.Kind), i.PersonId ?? 0, i.Score, i.DueOn))),
        ct => BaselineAsync(sql, kith.AccountId, ct));

    private static string Kind(AgendaItemKind kind) => kind switch
    {
        AgendaItemKind.Cadence => "C",
        AgendaItemKind.FollowUp => "F",
        _ => kind.ToString(),
    };

    private static string Answer(IEnumerable<(string Kind, int PersonId, double Score, DateOnly DueOn)> items)
    {
        var text = new StringBuilder();
        foreach (var (kind, personId, score, dueOn) in items)
            text.Append(CultureInfo.InvariantCulture, $"{kind}{personId}:{score:0.000}:{dueOn:yyyy-MM-dd};");
        return text.ToString();
    }

    private static async Task<string> BaselineAsync(Sql sql, int accountId, CancellationToken ct)
    {
        await using var connection = await sql.OpenAsync(ct);
        await using (var zoneCommand = Sql.Command(connection, "SELECT TimeZoneId FROM Accounts WHERE Id = $a", ("$a", accountId)))
        {
            _ = (string)(await zoneCommand.ExecuteScalarAsync(ct))!;
        }
        var zone = TimeZoneInfo.Utc;
        var today = DateOnly.FromDateTime(BenchClock.Start.UtcDateTime);
        var until = AgendaRules.WindowEnd(AgendaWindow.Week, today);
        var restedSince = LocalTime.StartOfDay(today.AddDays(1 - AgendaRules.RestDays), zone);
        var items = new List<(double Score, DateOnly DueOn, string Name, string Kind, int PersonId)>();

        const int window = AgendaService.MaxItems * 2;
        var cadenceItems = await CadencesAsync(connection, accountId, until, restedSince, today, window + 1, ct);
        if (cadenceItems.Count > window)
        {
            var beyond = cadenceItems[window].Line;
            var cut = cadenceItems.Take(window).Select(c => c.Item.Score).OrderDescending().ElementAt(AgendaService.MaxItems - 1);
            cadenceItems = beyond is { } limit && cut > limit + 0.001
                ? cadenceItems.Take(window).ToList()
                : await CadencesAsync(connection, accountId, until, restedSince, today, -1, ct);
        }
        items.AddRange(cadenceItems.Select(c => c.Item));
        await using (var followUps = Sql.Command(connection, """
            SELECT f.PersonId, p.FirstName, p.LastName, p.Roles, f.DueOn
            FROM FollowUps f JOIN People p ON p.Id = f.PersonId
            WHERE f.AccountId = $a AND f.DoneAt IS NULL AND f.DueOn <= $until
            """, ("$a", accountId), ("$until", until)))
        await using (var reader = await followUps.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var dueOn = Sql.Day(reader, 4);
                var score = Math.Round(AgendaRules.FollowUpLateness(dueOn, today) * AgendaRules.RoleWeight((PersonRoles)reader.GetInt32(3)), 3);
                items.Add((score, dueOn, Name(reader.GetString(1), Sql.NullableString(reader, 2)), "F", reader.GetInt32(0)));
            }
        }
        return Answer(items
            .OrderByDescending(i => i.Score).ThenBy(i => i.DueOn).ThenBy(i => i.Name, StringComparer.OrdinalIgnoreCase)
            .Take(AgendaService.MaxItems)
            .Select(i => (i.Kind, i.PersonId, i.Score, i.DueOn)));
    }

    private static async Task<List<((double Score, DateOnly DueOn, string Name, string Kind, int PersonId) Item, double? Line)>> CadencesAsync(
        SqliteConnection connection, int accountId, DateOnly until, DateTime restedSince, DateOnly today, int limit, CancellationToken ct)
    {
        var found = new List<((double, DateOnly, string, string, int), double?)>();
        await using var command = Sql.Command(connection, """
            SELECT Id, FirstName, LastName, Roles, CadenceEvery, CadenceMax, CadenceUnit, LastInteractionAt, MetOn, NextDueOn,
                   RankSlope * $day - RankOffset AS Line
            FROM People WHERE AccountId = $a AND NextDueOn IS NOT NULL AND NextDueOn <= $until
              AND (LastInteractionAt IS NULL OR LastInteractionAt < $rested)
            ORDER BY Line DESC, Id
            LIMIT $limit
            """, ("$a", accountId), ("$until", until), ("$rested", restedSince), ("$day", (double)today.DayNumber), ("$limit", limit));
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var every = reader.GetInt32(4);
            var cadence = new Cadence(every, reader.IsDBNull(5) ? every : reader.GetInt32(5), (CadenceUnit)reader.GetInt32(6));
            var last = Sql.NullableInstant(reader, 7) is { } l ? DateOnly.FromDateTime(l) : (DateOnly?)null;
            var dueOn = Sql.Day(reader, 9);
            var roles = (PersonRoles)reader.GetInt32(3);
            var score = Math.Round(AgendaRules.CadenceLateness(cadence, last ?? Sql.NullableDay(reader, 8), dueOn, today) * AgendaRules.RoleWeight(roles), 3);
            found.Add(((score, dueOn, Name(reader.GetString(1), Sql.NullableString(reader, 2)), "C", reader.GetInt32(0)),
                reader.IsDBNull(10) ? null : reader.GetDouble(10)));
        }
        return found;
    }

    private static string Name(string first, string? last) => string.IsNullOrWhiteSpace(last) ? first : $"{first} {last}";
}
