namespace Kith.Core.Import.Formats;

// CONTRACT — helper A replaces these bodies (CSV reading, LinkedIn, Google, mapped CSV, CSV export).

/// <summary>Recognising which CSV dialect a file is, from its first lines.</summary>
public static class CsvDialects
{
    /// <summary>LinkedIn, Google, or Csv (needs a mapping), from the text of the file's first few KB.</summary>
    public static ImportFormat Detect(string head) => throw new NotImplementedException();
}

public static class LinkedInCsv
{
    /// <summary>Streams the rows of a Connections.csv, scanning past 0–3 note lines for the header.</summary>
    public static IAsyncEnumerable<ReadRow> ReadAsync(TextReader text, CancellationToken ct = default) => throw new NotImplementedException();
}

public static class GoogleCsv
{
    public static IAsyncEnumerable<ReadRow> ReadAsync(TextReader text, CancellationToken ct = default) => throw new NotImplementedException();
}

public static class MappedCsv
{
    /// <summary>The header cells of a CSV file (its first non-blank record).</summary>
    public static Task<IReadOnlyList<string>> ReadHeaderAsync(TextReader text, CancellationToken ct = default) => throw new NotImplementedException();

    /// <summary>A first guess of the mapping from header names ("E-mail", "Company", "Surname"…); unknown columns are ignored.</summary>
    public static ColumnMapping Guess(IReadOnlyList<string> headers) => throw new NotImplementedException();

    public static IAsyncEnumerable<ReadRow> ReadAsync(TextReader text, ColumnMapping mapping, CancellationToken ct = default) => throw new NotImplementedException();
}

/// <summary>Kith's own CSV export: one row per person, columns named so <see cref="MappedCsv.Guess"/> maps them back.</summary>
public static class ContactCsv
{
    public static void WriteHeader(TextWriter output) => throw new NotImplementedException();
    public static void WriteRow(TextWriter output, ContactRecord record) => throw new NotImplementedException();
}
