using System.Text;
using Kith.Bench.Harness;
using Kith.Core.Common;
using Kith.Core.Interactions;
using Kith.Core.People;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Bench.Scenarios;

/// <summary>
/// A person page with the first page of its timeline, for the person with the most interactions.
/// Baseline: one SELECT of the person with e-mails, phones, tags and areas in correlated
/// <c>group_concat</c>s, a COUNT of their interactions, and one SELECT of the timeline page with
/// each interaction's people: three round trips where Kith makes four (five for a person with postal addresses).
/// </summary>
public static class PersonPageScenario
{
    private const int TimelinePage = 10;

    public static Scenario Create(KithHost kith, Sql sql, int personId, int iterations) => new(
        "Person page + timeline",
        "the person with e-mails, phones, tags and areas in one SELECT; COUNT of the timeline; one SELECT of its first page with everyone in it",
        2.0, iterations,
        ct => KithAsync(kith, personId, ct),
        ct => BaselineAsync(sql, kith.AccountId, personId, ct));

    private static async Task<string> KithAsync(KithHost kith, int personId, CancellationToken ct)
    {
        // One scope for both, as the person page's request has.
        var (person, timeline) = await kith.RunAsync(async services => (
            await services.GetRequiredService<PeopleService>().GetAsync(personId, ct),
            await services.GetRequiredService<InteractionService>().ListAsync(new InteractionQuery { PersonId = personId, PageSize = TimelinePage }, ct)));
        return Answer(person.DisplayName, person.Emails, person.Phones, person.Tags, person.Expertise, timeline.TotalCount,
            timeline.Items.Select(i => (i.Id, i.Summary, (IEnumerable<int>)i.People.Select(p => p.Id))));
    }

    private static async Task<string> BaselineAsync(Sql sql, int accountId, int personId, CancellationToken ct)
    {
        await using var connection = await sql.OpenAsync(ct);
        string name;
        string[] emails, phones, tags, areas;
        await using (var command = Sql.Command(connection, """
            SELECT p.FirstName, p.LastName, p.Nickname, p.Organisation, p.Department, p.JobTitle, p.Level, p.Employer, p.Roles,
                   p.HowWeMet, p.MetOn, p.LinkedInUrl, p.Website, p.Notes, p.CadenceEvery, p.CadenceMax, p.CadenceUnit,
                   p.SnoozedUntil, p.LastInteractionAt, p.NextDueOn, p.OverdueOn, p.CreatedAt, p.UpdatedAt, p.Birthday,
                   (SELECT group_concat(Address, '|') FROM (SELECT Address FROM PersonEmails WHERE PersonId = p.Id ORDER BY Id)),
                   (SELECT group_concat(Number, '|') FROM (SELECT Number FROM PersonPhones WHERE PersonId = p.Id ORDER BY Id)),
                   (SELECT group_concat(t.Name, '|') FROM PersonTags pt JOIN Tags t ON t.Id = pt.TagId WHERE pt.PersonId = p.Id),
                   (SELECT group_concat(a.Name, '|') FROM PersonExpertise pe JOIN Areas a ON a.Id = pe.AreaId WHERE pe.PersonId = p.Id),
                   b.FirstName, b.LastName
            FROM People p LEFT JOIN People b ON b.Id = p.ReportsToId
            WHERE p.AccountId = $a AND p.Id = $id
            """, ("$a", accountId), ("$id", personId)))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            if (!await reader.ReadAsync(ct)) throw new InvalidOperationException($"Person {personId} is not in the database.");
            var last = Sql.NullableString(reader, 1);
            name = string.IsNullOrWhiteSpace(last) ? reader.GetString(0) : $"{reader.GetString(0)} {last}";
            emails = Sql.NullableString(reader, 24)?.Split('|') ?? [];
            phones = Sql.NullableString(reader, 25)?.Split('|') ?? [];
            tags = Sql.NullableString(reader, 26)?.Split('|') ?? [];
            areas = Sql.NullableString(reader, 27)?.Split('|') ?? [];
        }
        int total;
        // The account is named as well, so the (PersonId, AccountId, OccurredAt) index answers both queries alone.
        await using (var count = Sql.Command(connection, "SELECT COUNT(*) FROM InteractionParticipants WHERE PersonId = $id AND AccountId = $a", ("$id", personId), ("$a", accountId)))
            total = Convert.ToInt32(await count.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        var items = new List<(int, string, IEnumerable<int>)>(TimelinePage);
        await using (var page = Sql.Command(connection, """
            SELECT i.Id, i.OccurredAt, i.Kind, i.Summary, i.Notes, i.Exchange,
                   (SELECT group_concat(x.PersonId || ' ' || q.FirstName || ' ' || IFNULL(q.LastName, ''), '|')
                    FROM InteractionParticipants x JOIN People q ON q.Id = x.PersonId WHERE x.InteractionId = i.Id)
            FROM InteractionParticipants ip JOIN Interactions i ON i.Id = ip.InteractionId
            WHERE ip.PersonId = $id AND ip.AccountId = $a
            ORDER BY ip.OccurredAt DESC, ip.InteractionId DESC
            LIMIT $take
            """, ("$id", personId), ("$a", accountId), ("$take", TimelinePage)))
        await using (var reader = await page.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var people = reader.GetString(6).Split('|').Select(p => int.Parse(p.AsSpan(0, p.IndexOf(' ', StringComparison.Ordinal)), System.Globalization.CultureInfo.InvariantCulture));
                items.Add((reader.GetInt32(0), reader.GetString(3), people.ToList()));
            }
        }
        return Answer(name, emails, phones, tags, areas, total, items);
    }

    private static string Answer(string name, IEnumerable<string> emails, IEnumerable<string> phones, IEnumerable<string> tags, IEnumerable<string> areas,
        int total, IEnumerable<(int Id, string Summary, IEnumerable<int> People)> timeline)
    {
        var text = new StringBuilder(name).Append('|').AppendJoin(',', emails).Append('|').AppendJoin(',', phones)
            .Append('|').AppendJoin(',', tags.Order(StringComparer.OrdinalIgnoreCase))
            .Append('|').AppendJoin(',', areas.Order(StringComparer.OrdinalIgnoreCase)).Append('|').Append(total).Append(':');
        foreach (var (id, summary, people) in timeline)
            text.Append(id).Append(' ').Append(summary).Append(" (").AppendJoin(',', people.Order()).Append(");");
        return text.ToString();
    }
}
