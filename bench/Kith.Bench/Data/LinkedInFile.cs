using System.Globalization;
using System.Text;
using Bogus;

namespace Kith.Bench.Data;

/// <summary>A LinkedIn Connections.csv as LinkedIn exports it: note lines, the header, then one connection per row.</summary>
public static class LinkedInFile
{
    public const string Header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On";

    public static async Task WriteAsync(string path, int rows, int seed, CancellationToken ct = default)
    {
        var faker = new Faker("en") { Random = new Randomizer(seed + 1) };
        var start = new DateOnly(2012, 1, 1);
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        await writer.WriteLineAsync("Notes:");
        await writer.WriteLineAsync("\"When exporting your connection data, you may notice that some of the email addresses are missing.\"");
        await writer.WriteLineAsync("");
        await writer.WriteLineAsync(Header);
        for (var i = 0; i < rows; i++)
        {
            ct.ThrowIfCancellationRequested();
            var first = faker.Name.FirstName();
            var last = faker.Name.LastName();
            var company = faker.Company.CompanyName();
            var email = faker.Random.Double() < 0.3 ? $"{Slug(first)}.{Slug(last)}{i}@{Slug(company)}.example" : "";
            var connected = start.AddDays(faker.Random.Int(0, 5000)).ToString("dd MMM yyyy", CultureInfo.InvariantCulture);
            string[] cells = [first, last, $"https://www.linkedin.com/in/{Slug(first)}-{Slug(last)}-{i}", email, company, faker.Name.JobTitle(), connected];
            await writer.WriteLineAsync(string.Join(',', cells.Select(Quote)));
        }
    }

    /// <summary>Splits one line of the file into its cells (quotes as LinkedIn writes them; no line breaks inside cells).</summary>
    public static List<string> Cells(string line)
    {
        var cells = new List<string>(7);
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(c);
        }
        cells.Add(cell.ToString());
        return cells;
    }

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;

    private static string Slug(string text) => new(text.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
}
