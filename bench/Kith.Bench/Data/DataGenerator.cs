using System.Globalization;
using Bogus;
using Person = Kith.Core.People.Person;
using Kith.Core.Interactions;
using Kith.Core.KeepInTouch;
using Kith.Core.People;
using Microsoft.Data.Sqlite;

namespace Kith.Bench.Data;

/// <summary>
/// Writes a realistic network of the given size into a Kith database that Kith's own migrations
/// created: the same seed always gives the same file. Rows go in through prepared INSERTs in one
/// transaction (the fastest way SQLite takes them); derived columns (search text, sort key, next
/// due day) are computed by Kith's own <see cref="Person"/> code, so Kith reads them as if it had
/// written them. The full-text tables are rebuilt from the rows at the end, as Kith's triggers would have filled them.
/// </summary>
public sealed class DataGenerator(DataSize size, int seed = DataGenerator.DefaultSeed)
{
    public const int DefaultSeed = 20_261_126;

    /// <summary>The share of people with a keep-in-touch cadence, and of those with an open follow-up.</summary>
    private const double CadenceShare = 0.3, FollowUpShare = 0.08;

    private readonly Random random = new(seed);
    private readonly Faker faker = new("en") { Random = new Randomizer(seed) };

    public static readonly IReadOnlyList<(string Name, int Weight)> Departments =
    [
        ("Engineering", 30), ("Sales", 14), ("Marketing", 9), ("Finance", 7), ("Operations", 7), ("Customer Success", 6),
        ("Product", 6), ("Human Resources", 4), ("Legal", 2), ("Data", 5), ("Security", 3), ("Procurement", 2),
        ("Research", 3), ("Design", 3), ("Support", 5), ("IT", 4), ("Strategy", 1), ("Communications", 2),
        ("Facilities", 1), ("Risk", 2), ("Compliance", 2), ("Partnerships", 2), ("Training", 1), ("Quality", 2),
    ];

    /// <summary>Words that notes and summaries mention, so searches for them find a realistic share of people.</summary>
    public static readonly string[] Topics =
    [
        "roadmap", "budget", "hiring", "migration", "kubernetes", "reorg", "pricing", "conference", "onboarding", "promotion",
        "offsite", "lisbon", "vendor", "contract", "renewal", "audit", "forecast", "launch", "mentoring", "leadership",
        "analytics", "security", "compliance", "partnership", "workshop", "podcast", "volunteering", "marathon", "parenting", "sabbatical",
    ];

    private static readonly string[] TagNames =
    [
        "alumni", "book-club", "conference-2024", "conference-2025", "linkedin", "board", "hackathon", "rotary", "toastmasters", "volunteer",
        "running-club", "women-in-tech", "dotnet-meetup", "open-source", "advisor", "investor", "recruiter", "speaker", "customer-council", "partner",
        "former-manager", "university", "mba", "neighbour", "golf", "chess", "photography", "sailing", "mentor-circle", "works-council",
    ];

    /// <summary>The employer of "me": people inside work here.</summary>
    public const string MyEmployer = "Initech";

    public async Task GenerateAsync(string path, int accountId, TextWriter log, CancellationToken ct = default)
    {
        var zone = TimeZoneInfo.Utc;
        var now = BenchClock.Start.UtcDateTime;
        var companies = Enumerable.Range(0, Math.Max(50, size.People / 30)).Select(_ => faker.Company.CompanyName()).Distinct().ToArray();

        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        // The file is written under a temporary name and thrown away if this fails, so it needs no
        // journal; with one, a transaction bigger than the page cache crawled (1M interactions took
        // over half an hour in WAL mode). Kith switches the file back to WAL when it opens it.
        await Exec(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-1000000; PRAGMA temp_store=MEMORY;", ct);
        var firstId = Convert.ToInt32(await Scalar(connection, "SELECT COALESCE(MAX(Id), 0) + 1 FROM People", ct), CultureInfo.InvariantCulture);

        // Pass 1, in memory: who took part in which interaction, so each person's last contact is known before they are written.
        var interactions = PlanInteractions(firstId, now);
        var lastAt = new Dictionary<int, Person>(size.People);
        foreach (var i in interactions)
        {
            foreach (var personId in i.People)
            {
                if (!lastAt.TryGetValue(personId, out var seen))
                    lastAt[personId] = seen = new Person { FirstName = "" };
                seen.AddInteractionAt(i.OccurredAt);
            }
        }

        // Kith's full-text triggers index row by row; for a million rows, building the indexes once at
        // the end is far faster and gives the same index. The triggers are put back exactly as they were.
        var triggers = await RowsAsync(connection, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'", ct);
        var searchTables = await RowsAsync(connection, "SELECT name, name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'", ct);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        foreach (var (name, _) in triggers)
            await Exec(connection, $"DROP TRIGGER \"{name}\";", ct, transaction);
        var tagIds = await InsertTagsAsync(connection, transaction, accountId, ct);
        await InsertPeopleAsync(connection, transaction, accountId, firstId, companies, tagIds, lastAt, zone, now, log, ct);
        await InsertInteractionsAsync(connection, transaction, accountId, interactions, now, log, ct);
        await InsertFollowUpsAsync(connection, transaction, accountId, firstId, now, ct);
        await log.WriteLineAsync("  building the full-text indexes");
        foreach (var (table, _) in searchTables)
            await Exec(connection, $"INSERT INTO \"{table}\"(\"{table}\") VALUES ('rebuild');", ct, transaction);
        foreach (var (_, sql) in triggers)
            await Exec(connection, sql + ";", ct, transaction);
        await transaction.CommitAsync(ct);
        await Exec(connection, "PRAGMA journal_mode=WAL;", ct);
    }

    private sealed record PlannedInteraction(DateTime OccurredAt, int[] People);

    private List<PlannedInteraction> PlanInteractions(int firstId, DateTime now)
    {
        // A few people get most of the contact, as in a real network: a power law over a shuffled order.
        var order = Enumerable.Range(firstId, size.People).ToArray();
        random.Shuffle(order);
        var list = new List<PlannedInteraction>(size.Interactions);
        for (var n = 0; n < size.Interactions; n++)
        {
            var main = order[(int)(Math.Pow(random.NextDouble(), 2.2) * size.People)];
            var daysAgo = Math.Pow(random.NextDouble(), 1.6) * 5 * 365;
            var at = now.AddDays(-daysAgo);
            at = new DateTime(at.Year, at.Month, at.Day, 8 + random.Next(11), random.Next(4) * 15, 0, DateTimeKind.Utc);
            if (at > now) at = at.AddDays(-1);
            int[] people = random.NextDouble() < 0.12
                ? [main, .. Enumerable.Range(0, 1 + random.Next(3)).Select(_ => order[random.Next(size.People)]).Where(p => p != main).Distinct()]
                : [main];
            list.Add(new PlannedInteraction(at, people));
        }
        return list;
    }

    private static async Task<int[]> InsertTagsAsync(SqliteConnection connection, SqliteTransaction transaction, int accountId, CancellationToken ct)
    {
        var ids = new int[TagNames.Length];
        await using var insert = Command(connection, transaction, "INSERT INTO Tags (AccountId, Name, NameKey) VALUES ($a, $n, $n) RETURNING Id", "$a", "$n");
        for (var i = 0; i < TagNames.Length; i++)
        {
            insert.Parameters["$a"].Value = accountId;
            insert.Parameters["$n"].Value = TagNames[i];
            ids[i] = Convert.ToInt32(await insert.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }
        return ids;
    }

    private async Task InsertPeopleAsync(SqliteConnection connection, SqliteTransaction transaction, int accountId, int firstId, string[] companies,
        int[] tagIds, Dictionary<int, Person> lastAt, TimeZoneInfo zone, DateTime now, TextWriter log, CancellationToken ct)
    {
        string[] columns =
        [
            "Id", "AccountId", "FirstName", "LastName", "IsMe", "Organisation", "Department", "JobTitle", "Level", "Employer", "Roles",
            "HowWeMet", "MetOn", "LinkedInUrl", "Notes", "ReportsToId", "CadenceEvery", "CadenceMax", "CadenceUnit", "SnoozedUntil",
            "LastInteractionAt", "PreviousInteractionAt", "NextDueOn", "OverdueOn", "SearchText", "SortKey", "DepartmentKey", "CreatedAt", "UpdatedAt",
        ];
        await using var person = Insert(connection, transaction, "People", columns);
        await using var email = Insert(connection, transaction, "PersonEmails", "AccountId", "PersonId", "Address", "Label");
        await using var phone = Insert(connection, transaction, "PersonPhones", "AccountId", "PersonId", "Number", "Label");
        await using var tag = Insert(connection, transaction, "PersonTags", "AccountId", "PersonId", "TagId");
        var insideIds = new List<int>();
        var departmentWeights = Departments.Sum(d => d.Weight);

        for (var n = 0; n < size.People; n++)
        {
            var id = firstId + n;
            var first = faker.Name.FirstName();
            var last = faker.Name.LastName();
            var inside = random.NextDouble() < 0.55;
            var organisation = inside ? MyEmployer : companies[random.Next(companies.Length)];
            var roles = Roles(inside);
            var p = new Person
            {
                Id = id, AccountId = accountId, FirstName = first, LastName = last,
                Organisation = organisation,
                Department = random.NextDouble() < 0.85 ? Pick(Departments, departmentWeights) : null,
                JobTitle = faker.Name.JobTitle(),
                Level = (RelativeLevel)WeightedIndex([20, 20, 40, 20]),
                Employer = inside ? EmployerRelation.Inside : EmployerRelation.Outside,
                Roles = roles,
                HowWeMet = random.NextDouble() < 0.3 ? $"Met at the {faker.PickRandom(Topics)} {faker.PickRandom("meetup", "conference", "workshop", "lunch", "offsite")}" : null,
                MetOn = random.NextDouble() < 0.6 ? DateOnly.FromDateTime(now.AddDays(-random.Next(1, 3650))) : null,
                LinkedInUrl = random.NextDouble() < 0.7 ? $"https://www.linkedin.com/in/{Slug(first)}-{Slug(last)}-{id}" : null,
                Notes = random.NextDouble() < 0.1 ? NoteText() : null,
                ReportsToId = inside && insideIds.Count > 0 && random.NextDouble() < 0.4 ? insideIds[random.Next(Math.Min(insideIds.Count, 500))] : null,
                CreatedAt = now.AddDays(-random.Next(0, 2000)).AddMinutes(-random.Next(1440)),
            };
            p.UpdatedAt = p.CreatedAt;
            if (inside) insideIds.Add(id);
            if (random.NextDouble() < CadenceShare)
            {
                p.Cadence = WeightedIndex([10, 35, 35, 20]) switch
                {
                    0 => new Cadence(2, 3, CadenceUnit.Weeks),
                    1 => new Cadence(1, 2, CadenceUnit.Months),
                    2 => new Cadence(3, 4, CadenceUnit.Months),
                    _ => new Cadence(6, 9, CadenceUnit.Months),
                };
                if (random.NextDouble() < 0.05) p.SnoozedUntil = DateOnly.FromDateTime(now.AddDays(random.Next(1, 21)));
            }
            if (lastAt.TryGetValue(id, out var seen))
                (p.LastInteractionAt, p.PreviousInteractionAt) = (seen.LastInteractionAt, seen.PreviousInteractionAt);

            var address = $"{Slug(first)}.{Slug(last)}{(id % 7 == 0 ? id.ToString(CultureInfo.InvariantCulture) : "")}@{Slug(organisation)}.example";
            if (random.NextDouble() < 0.9) p.Emails.Add(new PersonEmail { Address = address, Label = "work" });
            if (random.NextDouble() < 0.2) p.Emails.Add(new PersonEmail { Address = $"{Slug(first)}{id}@mail.example", Label = "home" });
            p.RefreshSearchText();
            p.RecomputeNextDue(zone);

            object?[] values =
            [
                p.Id, p.AccountId, p.FirstName, p.LastName, false, p.Organisation, p.Department, p.JobTitle, (int)p.Level, (int)p.Employer, (int)p.Roles,
                p.HowWeMet, p.MetOn, p.LinkedInUrl, p.Notes, p.ReportsToId, p.CadenceEvery, p.CadenceMax, (int)p.CadenceUnit, p.SnoozedUntil,
                p.LastInteractionAt, p.PreviousInteractionAt, p.NextDueOn, p.OverdueOn, p.SearchText, p.SortKey, p.DepartmentKey, p.CreatedAt, p.UpdatedAt,
            ];
            await Run(person, values, ct);
            foreach (var e in p.Emails)
                await Run(email, [accountId, id, e.Address, e.Label], ct);
            if (random.NextDouble() < 0.4)
                await Run(phone, [accountId, id, $"+1 555 {random.Next(100, 999)} {random.Next(1000, 9999)}", "mobile"], ct);
            foreach (var t in Enumerable.Range(0, WeightedIndex([45, 30, 15, 10])).Select(_ => tagIds[random.Next(tagIds.Length)]).Distinct())
                await Run(tag, [accountId, id, t], ct);
            if ((n + 1) % 20_000 == 0) await log.WriteLineAsync($"  people: {n + 1:N0}");
        }
    }

    private async Task InsertInteractionsAsync(SqliteConnection connection, SqliteTransaction transaction, int accountId,
        List<PlannedInteraction> interactions, DateTime now, TextWriter log, CancellationToken ct)
    {
        await using var insert = Insert(connection, transaction, "Interactions", "Id", "AccountId", "OccurredAt", "Kind", "Summary", "Notes", "Exchange", "CreatedAt");
        await using var participant = Insert(connection, transaction, "InteractionParticipants", "InteractionId", "PersonId", "AccountId", "OccurredAt");
        var firstId = Convert.ToInt32(await Scalar(connection, "SELECT COALESCE(MAX(Id), 0) + 1 FROM Interactions", ct, transaction), CultureInfo.InvariantCulture);
        // Notes go to a fixed share of interactions, spread evenly by a stride over the list.
        var noteEvery = size.Interactions / (double)size.InteractionNotes;
        var nextNote = 0.0;
        for (var n = 0; n < interactions.Count; n++)
        {
            var i = interactions[n];
            var id = firstId + n;
            var kind = (InteractionKind)(1 + WeightedIndex([15, 20, 15, 20, 10, 15, 5]));
            string? notes = null;
            if (n >= nextNote)
            {
                notes = NoteText();
                nextNote += noteEvery;
            }
            var exchange = WeightedIndex([70, 22, 8]);
            var created = i.OccurredAt < now ? i.OccurredAt.AddHours(2) : now;
            await Run(insert, [id, accountId, i.OccurredAt, (int)kind, Summary(kind), notes, exchange, created > now ? now : created], ct);
            foreach (var personId in i.People)
                await Run(participant, [id, personId, accountId, i.OccurredAt], ct);
            if ((n + 1) % 200_000 == 0) await log.WriteLineAsync($"  interactions: {n + 1:N0}");
        }
    }

    private async Task InsertFollowUpsAsync(SqliteConnection connection, SqliteTransaction transaction, int accountId, int firstPersonId, DateTime now, CancellationToken ct)
    {
        await using var insert = Insert(connection, transaction, "FollowUps", "AccountId", "PersonId", "Description", "DueOn", "DoneAt", "CreatedAt");
        var today = DateOnly.FromDateTime(now);
        for (var n = 0; n < size.People; n++)
        {
            if (random.NextDouble() >= FollowUpShare) continue;
            var open = random.NextDouble() < 0.4;
            var due = today.AddDays(open ? random.Next(-20, 21) : -random.Next(1, 700));
            var created = due.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc).AddDays(-random.Next(1, 30));
            await Run(insert, [accountId, firstPersonId + n, $"Send the {faker.PickRandom(Topics)} notes {faker.PickRandom("we talked about", "I promised", "from the workshop")}",
                due, open ? null : created.AddDays(random.Next(0, 30)), created > now ? now : created], ct);
        }
    }

    private PersonRoles Roles(bool inside)
    {
        var roles = inside
            ? Pick([(PersonRoles.Colleague, 80), (PersonRoles.Management, 12), (PersonRoles.Mentor, 2), (PersonRoles.Friend, 6)])
            : Pick([(PersonRoles.Customer, 25), (PersonRoles.Vendor, 12), (PersonRoles.FormerColleague, 25), (PersonRoles.IndustryPeer, 30), (PersonRoles.Friend, 6), (PersonRoles.Mentor, 2)]);
        if (random.NextDouble() < 0.1) roles |= PersonRoles.Friend;
        return roles;
    }

    private string NoteText() =>
        $"{faker.Hacker.Phrase()} We talked about the {faker.PickRandom(Topics)} and {faker.PickRandom(Topics)}. {faker.Company.CatchPhrase()}.";

    private string Summary(InteractionKind kind) =>
        $"{kind switch { InteractionKind.Lunch => "Lunch", InteractionKind.Coffee => "Coffee", InteractionKind.Call => "Call", InteractionKind.Email => "E-mail", InteractionKind.Message => "Message", InteractionKind.Meeting => "Meeting", _ => "Event" }} about {faker.PickRandom(Topics)}";

    private T Pick<T>(IReadOnlyList<(T Value, int Weight)> choices)
    {
        var total = choices.Sum(c => c.Weight);
        return Pick(choices, total);
    }

    private T Pick<T>(IReadOnlyList<(T Value, int Weight)> choices, int total)
    {
        var r = random.Next(total);
        foreach (var (value, weight) in choices)
        {
            if (r < weight) return value;
            r -= weight;
        }
        return choices[^1].Value;
    }

    private int WeightedIndex(int[] weights)
    {
        var r = random.Next(weights.Sum());
        for (var i = 0; i < weights.Length; i++)
        {
            if (r < weights[i]) return i;
            r -= weights[i];
        }
        return weights.Length - 1;
    }

    private static string Slug(string text) => new(text.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());

    private static SqliteCommand Insert(SqliteConnection connection, SqliteTransaction transaction, string table, params string[] columns) =>
        Command(connection, transaction, $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => "$" + c))})",
            columns.Select(c => "$" + c).ToArray());

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    private static async Task Run(SqliteCommand command, object?[] values, CancellationToken ct)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task Exec(SqliteConnection connection, string sql, CancellationToken ct, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<List<(string, string)>> RowsAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<(string, string)>();
        while (await reader.ReadAsync(ct)) rows.Add((reader.GetString(0), reader.GetString(1)));
        return rows;
    }

    private static async Task<object?> Scalar(SqliteConnection connection, string sql, CancellationToken ct, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(ct);
    }
}
