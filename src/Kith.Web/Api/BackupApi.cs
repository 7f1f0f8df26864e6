using Kith.Core.Backup;
using Kith.Core.Common;
using Kith.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Api;

/// <summary>/api/v1/backup and /api/v1/restore: the whole account as one JSON document, and back into an empty account.</summary>
internal static class BackupApi
{
    private const string Json = "application/json";

    public static RouteGroupBuilder MapBackupApi(this RouteGroupBuilder api)
    {
        var backup = api.MapGroup("/").WithTags("Backup");
        backup.MapGet("/backup", BackupAsync)
            .WithName("DownloadBackup")
            .WithSummary($"Everything in the account (people, interactions, cadences, follow-ups, goals, mentorships, plans, opportunities, pitch…) as one JSON document with a schema version, as kith-backup-YYYY-MM-DD.json.")
            .Produces<string>(StatusCodes.Status200OK, Json);
        backup.MapPost("/restore", RestoreAsync)
            .WithName("RestoreBackup")
            .WithSummary("Restores a backup into this account, which must be empty (nobody but me, nothing recorded); all or nothing. Answers how many rows of each kind came back.")
            .WithDescription("Send the backup as the raw JSON body, or as multipart/form-data in a part named \"file\". A document that is not a Kith backup, or from a newer Kith, is a 400 with errors.file saying the line; an account that already holds data is a 400 saying so.")
            .Accepts<IFormFile>("multipart/form-data", "application/json", "*/*")
            .ProducesValidationProblem()
            .WithMetadata(new RequestSizeLimitAttribute(UploadBody.MaxRequestBytes));
        return api;
    }

    private static async Task<IResult> BackupAsync(HttpContext context, BackupService backup, AccountClock clock, CancellationToken ct) =>
        await Download.BuildAsync(context, $"{Json}; charset=utf-8", $"kith-backup-{LocalTime.Iso(await clock.TodayAsync(ct))}.json",
            stream => backup.WriteAsync(stream, ct));

    private static async Task<Ok<BackupCounts>> RestoreAsync(HttpRequest request, BackupService backup, ImportFlow imports, CancellationToken ct)
    {
        var read = await UploadBody.ReadAsync(request, "backup.json", async (_, body) =>
        {
            // On disk first: the restore may read synchronously, which the server forbids on a request body.
            await using var copy = await UploadBody.ToTemporaryFileAsync(body, ct);
            return await backup.RestoreAsync(copy, ct);
        }, ct);
        imports.PeopleChanged();
        return TypedResults.Ok(read.File!);
    }
}
