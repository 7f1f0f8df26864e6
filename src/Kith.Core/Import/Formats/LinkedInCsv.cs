using System.Runtime.CompilerServices;
using static Kith.Core.Import.Formats.ContactValues;

namespace Kith.Core.Import.Formats;

/// <summary>LinkedIn's Connections.csv (Settings → Data privacy → Get a copy of your data → Connections).</summary>
public static class LinkedInCsv
{
    internal const string ConnectedOn = "Connected On";

    /// <summary>"09 Oct 2024" now; "1/8/18, 6:14 PM" (month first) in exports before about 2020.</summary>
    private static readonly string[] DateShapes =
        ["dd MMM yyyy", "d MMM yyyy", "M/d/yy, h:mm tt", "M/d/yyyy, h:mm tt", "M/d/yy", "M/d/yyyy", ContactValues.IsoDate];

    /// <summary>Streams the rows of a Connections.csv, scanning past 0–3 note lines for the header.</summary>
    public static async IAsyncEnumerable<ReadRow> ReadAsync(TextReader text, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var reader = new CsvRecordReader(text);
        var table = new CsvTable(await FindHeaderAsync(reader, ct));
        var columns = new Columns(table);
        await foreach (var (row, extraCells) in table.RowsAsync(reader, ct))
            yield return Read(row, columns, extraCells);
    }

    private static async Task<CsvRecord> FindHeaderAsync(CsvRecordReader reader, CancellationToken ct)
    {
        var sawText = false;
        for (var i = 0; i < CsvDialects.LinkedInHeaderSearch && await reader.ReadAsync(ct) is { } record; i++)
        {
            if (CsvDialects.IsLinkedInHeader(record.Cells))
                return record;
            sawText |= !record.IsBlank;
        }
        if (!sawText)
            throw CsvTable.Empty();
        throw new ImportFileException(1,
            "there is no LinkedIn header (First Name, Last Name, … Connected On) in the first lines; is this LinkedIn's Connections.csv?");
    }

    private sealed class Columns(CsvTable table)
    {
        public readonly int? First = table.Find("First Name");
        public readonly int? Last = table.Find("Last Name");
        public readonly int? Url = table.Find("URL", "Profile URL");
        public readonly int? Email = table.Find("Email Address", "E-mail Address", "Email");
        public readonly int? Company = table.Find("Company");
        public readonly int? Position = table.Find("Position");
        public readonly int? Connected = table.Find(ConnectedOn);
    }

    private static ReadRow Read(CsvRecord row, Columns columns, RowError? extraCells)
    {
        string Cell(int? index) => CsvTable.Cell(row, index);

        var connected = Cell(columns.Connected);
        var first = Cell(columns.First);
        var last = Cell(columns.Last);
        var url = Cell(columns.Url);
        var email = Cell(columns.Email);
        var company = Cell(columns.Company);
        var position = Cell(columns.Position);
        if (first.Length + last.Length + url.Length + email.Length + company.Length + position.Length == 0 && extraCells is null)
            return ReadRow.Skip(row.Line, "no name, only a date (a connection LinkedIn no longer shows)");

        var errors = new List<RowError>();
        if (extraCells is not null)
            errors.Add(extraCells);
        DateOnly? metOn = null;
        if (connected.Length > 0)
        {
            metOn = Date(connected, DateShapes);
            if (metOn is null)
                errors.Add(new RowError(ConnectedOn, $"'{connected}' is not a date like 09 Oct 2024."));
        }
        var (firstName, lastName) = CompleteName(first, last, null);
        if (firstName is null)
            errors.Add(new RowError("First Name", "there is no name in this row; Kith needs at least a first name."));

        var record = new ContactRecord
        {
            Line = row.Line,
            FirstName = firstName,
            LastName = lastName,
            Organisation = Clean(company),
            JobTitle = Clean(position),
            LinkedInUrl = Clean(url) is { } u ? WebAddress(u) : null,
            MetOn = metOn,
            Emails = email.Length > 0 ? [new LabelledValue(email)] : [],
        };
        return new ReadRow(row.Line, record, errors);
    }
}
