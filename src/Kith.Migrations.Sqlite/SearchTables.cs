namespace Kith.Migrations.Sqlite;

/// <summary>
/// The FTS5 tables behind full-text search (see Kith.Core.People.PeopleSearch): external-content
/// tables over People and Interactions, kept current by triggers on every insert, update and
/// delete, whichever code path writes. Accents are folded and prefixes of 2 and 3 are indexed.
/// </summary>
internal static class SearchTables
{
    public const string Create = """
        CREATE VIRTUAL TABLE PeopleSearch USING fts5(SearchText, Notes, content='People', content_rowid='Id', tokenize='unicode61 remove_diacritics 2', prefix='2 3');
        CREATE TRIGGER PeopleSearch_Insert AFTER INSERT ON People BEGIN
            INSERT INTO PeopleSearch(rowid, SearchText, Notes) VALUES (new.Id, new.SearchText, new.Notes);
        END;
        CREATE TRIGGER PeopleSearch_Delete AFTER DELETE ON People BEGIN
            INSERT INTO PeopleSearch(PeopleSearch, rowid, SearchText, Notes) VALUES ('delete', old.Id, old.SearchText, old.Notes);
        END;
        CREATE TRIGGER PeopleSearch_Update AFTER UPDATE OF SearchText, Notes ON People BEGIN
            INSERT INTO PeopleSearch(PeopleSearch, rowid, SearchText, Notes) VALUES ('delete', old.Id, old.SearchText, old.Notes);
            INSERT INTO PeopleSearch(rowid, SearchText, Notes) VALUES (new.Id, new.SearchText, new.Notes);
        END;
        INSERT INTO PeopleSearch(PeopleSearch) VALUES ('rebuild');

        CREATE VIRTUAL TABLE InteractionsSearch USING fts5(Summary, Notes, content='Interactions', content_rowid='Id', tokenize='unicode61 remove_diacritics 2', prefix='2 3');
        CREATE TRIGGER InteractionsSearch_Insert AFTER INSERT ON Interactions BEGIN
            INSERT INTO InteractionsSearch(rowid, Summary, Notes) VALUES (new.Id, new.Summary, new.Notes);
        END;
        CREATE TRIGGER InteractionsSearch_Delete AFTER DELETE ON Interactions BEGIN
            INSERT INTO InteractionsSearch(InteractionsSearch, rowid, Summary, Notes) VALUES ('delete', old.Id, old.Summary, old.Notes);
        END;
        CREATE TRIGGER InteractionsSearch_Update AFTER UPDATE OF Summary, Notes ON Interactions BEGIN
            INSERT INTO InteractionsSearch(InteractionsSearch, rowid, Summary, Notes) VALUES ('delete', old.Id, old.Summary, old.Notes);
            INSERT INTO InteractionsSearch(rowid, Summary, Notes) VALUES (new.Id, new.Summary, new.Notes);
        END;
        INSERT INTO InteractionsSearch(InteractionsSearch) VALUES ('rebuild');
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS PeopleSearch_Insert;
        DROP TRIGGER IF EXISTS PeopleSearch_Delete;
        DROP TRIGGER IF EXISTS PeopleSearch_Update;
        DROP TABLE IF EXISTS PeopleSearch;
        DROP TRIGGER IF EXISTS InteractionsSearch_Insert;
        DROP TRIGGER IF EXISTS InteractionsSearch_Delete;
        DROP TRIGGER IF EXISTS InteractionsSearch_Update;
        DROP TABLE IF EXISTS InteractionsSearch;
        """;
}
