using System.Text;
using System.Text.Json;
using Kith.Bench.Harness;
using Kith.Core.Backup;
using Microsoft.Data.Sqlite;

namespace Kith.Bench.Scenarios;

/// <summary>
/// The full JSON backup, written to a file. Baseline: <c>SELECT *</c> of each of the account's tables
/// in the same order, every row written as a JSON object of its columns with Utf8JsonWriter
/// (no id renumbering, no typed rows). The answer is the number of rows in each section.
/// </summary>
public static class BackupScenario
{
    /// <summary>The backup's sections of rows and the tables they come from, in document order (the weekly plan is one object, not rows).</summary>
    private static readonly (string Section, string Table)[] Sections =
    [
        ("tags", "Tags"), ("areas", "Areas"), ("people", "People"), ("personEmails", "PersonEmails"), ("personPhones", "PersonPhones"),
        ("personAddresses", "PersonAddresses"), ("personTags", "PersonTags"), ("personExpertise", "PersonExpertise"),
        ("interactions", "Interactions"), ("interactionParticipants", "InteractionParticipants"), ("followUps", "FollowUps"),
        ("goals", "Goals"), ("goalAreas", "GoalAreas"), ("goalNotes", "GoalNotes"), ("mentorships", "Mentorships"),
        ("mentorshipAreas", "MentorshipAreas"), ("mentorshipStatusChanges", "MentorshipStatusChanges"), ("mentorshipMeetings", "MentorshipMeetings"),
        ("meetingProposals", "MeetingProposals"), ("menteeCommitments", "MenteeCommitments"), ("networkingInterests", "NetworkingInterests"),
        ("networkingCommitments", "NetworkingCommitments"), ("networkingSlots", "NetworkingSlots"),
        ("slotOccurrences", "SlotOccurrences"), ("opportunities", "Opportunities"), ("opportunityEvents", "OpportunityEvents"),
        ("eventContacts", "EventContacts"), ("introductions", "Introductions"), ("pitchVersions", "PitchVersions"), ("pitchPractices", "PitchPractices"),
    ];

    public static Scenario Create(KithHost kith, Sql sql, string outputPath, int iterations) => new(
        "Full JSON backup",
        "SELECT * of every table of the account, each row written as it is read with Utf8JsonWriter",
        3.0, iterations,
        async ct =>
        {
            await using var file = File.Create(outputPath);
            await kith.RunAsync<BackupService, bool>(async s =>
            {
                await s.WriteAsync(file, ct);
                return true;
            });
            return "";
        },
        ct => BaselineAsync(sql, kith.AccountId, outputPath, ct),
        Observe: ct => CountSectionsAsync(outputPath, ct));

    private static async Task<string> BaselineAsync(Sql sql, int accountId, string outputPath, CancellationToken ct)
    {
        await using var file = File.Create(outputPath);
        await using var json = new Utf8JsonWriter(file);
        await using var connection = await sql.OpenAsync(ct);
        // One read transaction, so the document is one snapshot, as Kith's is.
        await using var transaction = connection.BeginTransaction(deferred: true);
        json.WriteStartObject();
        json.WriteString("kith", "backup");
        foreach (var (section, table) in Sections)
        {
            json.WriteStartArray(section);
            await using var command = Sql.Command(connection, $"SELECT * FROM {table} WHERE AccountId = $a", ("$a", accountId));
            command.Transaction = transaction;
            await using var reader = await command.ExecuteReaderAsync(ct);
            var names = Enumerable.Range(0, reader.FieldCount).Select(i => JsonEncodedText.Encode(reader.GetName(i))).ToArray();
            while (await reader.ReadAsync(ct))
            {
                json.WriteStartObject();
                for (var i = 0; i < names.Length; i++)
                {
                    if (reader.IsDBNull(i)) continue;
                    switch (reader.GetFieldType(i))
                    {
                        case var t when t == typeof(long): json.WriteNumber(names[i], reader.GetInt64(i)); break;
                        case var t when t == typeof(double): json.WriteNumber(names[i], reader.GetDouble(i)); break;
                        case var t when t == typeof(byte[]): json.WriteBase64String(names[i], (byte[])reader.GetValue(i)); break;
                        default: json.WriteString(names[i], reader.GetString(i)); break;
                    }
                }
                json.WriteEndObject();
                if (json.BytesPending > 64 * 1024) await json.FlushAsync(ct);
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
        await json.FlushAsync(ct);
        return "";
    }

    /// <summary>The number of rows in each section of the document, streamed so a large backup is never held whole.</summary>
    private static async Task<string> CountSectionsAsync(string path, CancellationToken ct)
    {
        var bytes = await File.ReadAllBytesAsync(path, ct);
        var reader = new Utf8JsonReader(bytes);
        var counts = new StringBuilder();
        string? section = null;
        var count = 0;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName when reader.CurrentDepth == 1:
                    section = reader.GetString();
                    break;
                case JsonTokenType.StartArray when reader.CurrentDepth == 1:
                    count = 0;
                    break;
                case JsonTokenType.StartObject when reader.CurrentDepth == 2:
                    count++;
                    reader.Skip();
                    break;
                case JsonTokenType.EndArray when reader.CurrentDepth == 1:
                    counts.Append(section).Append('=').Append(count).Append(';');
                    break;
            }
        }
        return counts.ToString();
    }
}
