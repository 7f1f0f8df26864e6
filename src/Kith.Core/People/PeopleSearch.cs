using System.Text;
using Kith.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.People;

/// <summary>
/// Full-text search over people: their names, organisation, department, title and e-mails, the
/// notes about them, and the summaries and notes of their interactions. SQLite answers from FTS5
/// tables kept by triggers (PeopleSearch, InteractionsSearch); PostgreSQL from stored tsvector
/// columns with GIN indexes. Both were created by the migrations and are outside the EF model.
/// Every word is a prefix ("lisb" finds "Lisbon"), and every word must match.
/// </summary>
public static class PeopleSearch
{
    /// <summary>At most this many words of a search are used.</summary>
    public const int MaxWords = 5;

    /// <summary>The words of a search: runs of letters and digits, lower-cased, at most <see cref="MaxWords"/>.</summary>
    public static IReadOnlyList<string> Words(string? search)
    {
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(search))
            return words;
        var word = new StringBuilder();
        foreach (var c in search.ToLowerInvariant().Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }
            if (word.Length > 0 && words.Count < MaxWords && !words.Contains(word.ToString()))
                words.Add(word.ToString());
            word.Clear();
        }
        return words;
    }

    /// <summary>
    /// Text as a search sees it: lower case, without accents, each run of other characters than
    /// letters and digits one space ("Ana.Lima@Acme" → "ana lima acme"), as SQLite's unicode61 tokenizer splits it.
    /// </summary>
    public static string Searchable(string text)
    {
        var plain = Person.SortKeyOf(text);
        var result = new StringBuilder(plain.Length);
        foreach (var c in plain)
        {
            if (char.IsLetterOrDigit(c))
                result.Append(c);
            else if (result.Length > 0 && result[^1] != ' ')
                result.Append(' ');
        }
        return result.ToString().TrimEnd();
    }

    /// <summary>
    /// The ids of people (of any account: the caller keeps only its own) whose text, or whose
    /// interactions' text, has a word starting with each of <paramref name="words"/> (<see cref="Words"/>).
    /// Each word is one query returning ids as they come (a person in 30 matching interactions comes
    /// 30 times), and the sets are de-duplicated and intersected here: SQLite's UNION would sort them
    /// all first, about twice the cost at 40,000 matches.
    /// </summary>
    public static async Task<HashSet<int>> MatchesAsync(KithDbContext db, IReadOnlyList<string> words, CancellationToken ct = default)
    {
        HashSet<int>? all = null;
        foreach (var word in words)
        {
            var ids = new HashSet<int>();
            await Matching(db, word).ReadAsync(db, id =>
            {
                ids.Add(id);
                return true;
            }, ct);
            if (all is null)
                all = ids;
            else
                all.IntersectWith(ids);
            if (all.Count == 0)
                break;
        }
        return all ?? [];
    }

    /// <summary>
    /// As <see cref="MatchesAsync"/>, for one word and as a query to compose with <c>db.People</c>, which
    /// a few matches are best answered with (the planner looks each one up by id).
    /// </summary>
    public static IQueryable<int> Matching(KithDbContext db, string word) =>
        db.Database.IsNpgsql()
            ? db.Database.SqlQuery<int>($"""
                SELECT "Id" AS "Value" FROM "People" WHERE "SearchVector" @@ to_tsquery('simple', {PostgresPrefix(word)})
                UNION ALL
                SELECT ip."PersonId" FROM "InteractionParticipants" ip JOIN "Interactions" i ON i."Id" = ip."InteractionId"
                WHERE i."SearchVector" @@ to_tsquery('simple', {PostgresPrefix(word)})
                """)
            : db.Database.SqlQuery<int>($"""
                SELECT rowid AS Value FROM PeopleSearch WHERE PeopleSearch MATCH {Fts5Prefix(word)}
                UNION ALL
                SELECT ip.PersonId FROM InteractionParticipants ip JOIN InteractionsSearch s ON s.rowid = ip.InteractionId
                WHERE InteractionsSearch MATCH {Fts5Prefix(word)}
                """);

    /// <summary>
    /// As <see cref="Matching"/>, over what names a person (names, organisation, department, title,
    /// e-mails: <see cref="Person.SearchText"/>) and not the notes about them or their interactions.
    /// </summary>
    public static IQueryable<int> NameMatching(KithDbContext db, string word) =>
        db.Database.IsNpgsql()
            ? db.Database.SqlQuery<int>($"""
                SELECT "Id" AS "Value" FROM "People"
                WHERE "SearchVector" @@ to_tsquery('simple', {PostgresPrefix(word)})
                  AND to_tsvector('simple', "SearchText") @@ to_tsquery('simple', {PostgresPrefix(word)})
                """)
            : db.Database.SqlQuery<int>($"""
                SELECT rowid AS Value FROM PeopleSearch WHERE PeopleSearch MATCH {"SearchText : " + Fts5Prefix(word)}
                """);

    /// <summary>
    /// A tsquery prefix for one word, as typed and without accents: names and e-mails are stored
    /// without accents (<see cref="Searchable"/>), notes as written, and PostgreSQL's "simple"
    /// configuration removes none. A word is letters and digits only, so nothing in it is tsquery syntax.
    /// </summary>
    internal static string PostgresPrefix(string word)
    {
        var plain = Searchable(word);
        return plain == word || plain.Length == 0 || plain.Contains(' ', StringComparison.Ordinal) ? word + ":*" : $"{word}:* | {plain}:*";
    }

    /// <summary>An FTS5 prefix query for one word, quoted so nothing in it is read as syntax.</summary>
    internal static string Fts5Prefix(string word) => "\"" + word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"*";
}
