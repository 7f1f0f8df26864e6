using Kith.Core.Common;
using Kith.Core.Import;
using Kith.Core.People;

namespace Kith.Web.Api;

/// <summary>/api/v1/export and a person's vCard: everyone out again, as CSV or vCard 4.0.</summary>
internal static class ExportApi
{
    private const string Csv = "text/csv";
    private const string VCard = "text/vcard";

    public static RouteGroupBuilder MapExportApi(this RouteGroupBuilder api)
    {
        var export = api.MapGroup("/").WithTags("Export");
        export.MapGet("/export/people.csv", CsvAsync)
            .WithName("ExportPeopleCsv")
            .WithSummary("Everyone but me as a CSV file (UTF-8 with a byte-order mark), with the columns a CSV import maps back.")
            .Produces<string>(StatusCodes.Status200OK, Csv);
        export.MapGet("/export/people.vcf", VCardsAsync)
            .WithName("ExportPeopleVCards")
            .WithSummary("Everyone but me as vCard 4.0 (RFC 6350), one card each, with the card properties Kith kept from imports.")
            .Produces<string>(StatusCodes.Status200OK, VCard);
        export.MapGet("/people/{id:int}/vcard", PersonVCardAsync)
            .WithName("ExportPersonVCard")
            .WithSummary("One person (me included) as a vCard 4.0 file.")
            .Produces<string>(StatusCodes.Status200OK, VCard)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> CsvAsync(HttpContext context, ExportService export, AccountClock clock, CancellationToken ct) =>
        await Download.TextAsync(context, $"{Csv}; charset=utf-8", $"kith-people-{LocalTime.Iso(await clock.TodayAsync(ct))}.csv", Download.Utf8WithMark,
            writer => export.WriteCsvAsync(writer, ct));

    private static async Task<IResult> VCardsAsync(HttpContext context, ExportService export, AccountClock clock, CancellationToken ct) =>
        await Download.TextAsync(context, $"{VCard}; charset=utf-8", $"kith-people-{LocalTime.Iso(await clock.TodayAsync(ct))}.vcf", Download.Utf8,
            writer => export.WriteVCardsAsync(writer, null, ct));

    private static async Task<IResult> PersonVCardAsync(int id, HttpContext context, PeopleService people, ExportService export, CancellationToken ct)
    {
        // Asked first so an unknown id is a 404 before any card is written, and the file is named after the person.
        var person = await people.GetAsync(id, ct);
        return await Download.TextAsync(context, $"{VCard}; charset=utf-8", FileName(person.DisplayName, id) + ".vcf", Download.Utf8,
            writer => export.WriteVCardsAsync(writer, id, ct));
    }

    /// <summary>"Ana Lima" → "Ana Lima"; characters no file system takes are dropped.</summary>
    private static string FileName(string name, int id)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['"', '\\', '/', ':', '*', '?', '<', '>', '|']).ToHashSet();
        var safe = new string(name.Where(c => !invalid.Contains(c) && !char.IsControl(c)).ToArray()).Trim().TrimStart('.');
        return safe.Length == 0 ? $"kith-person-{id}" : safe;
    }
}
