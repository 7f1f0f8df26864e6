using Kith.Core.Common;
using Kith.Core.Import;
using Kith.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Kith.Web.Api;

/// <summary>/api/v1/imports: upload a contacts file, preview what it would do, then commit it, all or nothing.</summary>
internal static class ImportsApi
{
    private const string GetImport = "GetImport";

    public static RouteGroupBuilder MapImportsApi(this RouteGroupBuilder api)
    {
        var imports = api.MapGroup("/imports").WithTags("Import");

        imports.MapPost("/", CreateAsync)
            .WithName("CreateImport")
            .WithSummary("Uploads a contacts file (LinkedIn or Google CSV, any CSV, vCard 2.1/3.0/4.0) and previews it; nothing is imported yet.")
            .WithDescription("Send multipart/form-data with the file in a part named \"file\" (and optionally format, keepPhotos, tag parts), or the file as the raw body with ?fileName=. Options may also be query parameters: format=auto|linkedin|google|csv|vcard, keepPhotos, tag. The preview's rows are paged (?page, ?pageSize up to 200) and filtered by ?status=new,update,unchanged,possible-duplicate,error,ignored. A file that cannot be read is a 400 with errors.file, e.g. \"Line 3: the quoted field that starts here never ends\", and is not kept.")
            .Accepts<IFormFile>("multipart/form-data", "text/csv", "text/vcard", "*/*")
            .ProducesValidationProblem()
            .WithMetadata(new RequestSizeLimitAttribute(UploadBody.MaxRequestBytes));
        imports.MapGet("/{id}", GetAsync)
            .WithName(GetImport)
            .WithSummary("The preview of an upload, with the options it was last previewed with; paged and filterable like the upload's answer.")
            .WithDescription("The preview is kept for a few minutes so paging is quick; POST /api/v1/imports/{id}/preview computes it afresh.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        imports.MapPost("/{id}/preview", PreviewAsync)
            .WithName("PreviewImport")
            .WithSummary("Previews the upload again with other options: a format, a column mapping for a plain CSV ({\"mapping\": {\"E-mail\": \"email\"}}), photos, a tag.")
            .WithDescription("Options left out keep the ones last used for this upload. Mapping values are field tokens: first-name, last-name, full-name, nickname, email, phone, organisation, department, job-title, notes, website, linkedin-url, met-on, birthday, tags, ignore.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        imports.MapPost("/{id}/commit", CommitAsync)
            .WithName("CommitImport")
            .WithSummary("Imports the upload in one transaction, all or nothing, with per-row choices for possible duplicates; answers when it is done.")
            .WithDescription("choices: {\"12\": \"merge|keep-both|skip\"} by line; possibleDuplicates: the choice for the rest (merge). Rows with errors refuse the whole import (400 with errors[\"line 12\"]) unless skipErrors is true. While it runs, GET /api/v1/imports/{id}/progress reports progress; another import of the same account running is a 409. Once imported, the upload is removed.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        imports.MapGet("/{id}/progress", ProgressAsync)
            .WithName("GetImportProgress")
            .WithSummary("How far a commit has got: state running|done|failed, phase, rows done of the total, then the result or the errors.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        imports.MapDelete("/{id}", DiscardAsync)
            .WithName("DiscardImport")
            .WithSummary("Removes an upload that will not be imported.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<CreatedAtRoute<ImportView>> CreateAsync(
        HttpRequest request, ImportFlow flow,
        string? fileName, string? format, bool? keepPhotos, string? tag, int? page, int? pageSize, string? status, CancellationToken ct)
    {
        var statuses = ImportWords.ParseStatuses(status);
        var read = await UploadBody.ReadAsync(request, fileName, (name, body) => flow.SaveAsync(name, body, ct), ct);
        var upload = read.File!;
        try
        {
            var input = new ImportOptionsInput(
                read.Fields.GetValueOrDefault("format") ?? format,
                KeepPhotos: read.Fields.TryGetValue("keepPhotos", out var keep) ? ParseFlag(keep, "KeepPhotos") : keepPhotos,
                Tag: read.Fields.GetValueOrDefault("tag") ?? tag);
            var options = input.ToOptions(new ImportOptions());
            var preview = await flow.PreviewAsync(upload, options, ct);
            var view = new ImportView(upload.Id, upload.FileName, upload.Length,
                ImportPreviewView.Of(preview, options, ImportFlow.Rows(preview, statuses, page, pageSize)));
            return TypedResults.CreatedAtRoute(view, GetImport, new { id = upload.Id });
        }
        catch (Exception e) when (e is ImportFileException or ValidationFailedException)
        {
            // The error answer carries no id, so nothing could ever refer to this upload again.
            await flow.DiscardAsync(upload.Id, CancellationToken.None);
            throw;
        }
    }

    private static async Task<Ok<ImportView>> GetAsync(string id, ImportFlow flow, int? page, int? pageSize, string? status, CancellationToken ct)
    {
        var statuses = ImportWords.ParseStatuses(status);
        var upload = await flow.FindAsync(id, ct);
        var preview = await flow.PreviewAsync(upload, null, ct);
        return TypedResults.Ok(View(upload, flow.OptionsOf(upload), preview, statuses, page, pageSize));
    }

    private static async Task<Ok<ImportView>> PreviewAsync(
        string id, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] ImportOptionsInput? input, ImportFlow flow,
        int? page, int? pageSize, string? status, CancellationToken ct)
    {
        var statuses = ImportWords.ParseStatuses(status);
        var upload = await flow.FindAsync(id, ct);
        var options = (input ?? new ImportOptionsInput()).ToOptions(flow.OptionsOf(upload));
        var preview = await flow.PreviewAsync(upload, options, ct);
        return TypedResults.Ok(View(upload, options, preview, statuses, page, pageSize));
    }

    private static async Task<Ok<ImportResult>> CommitAsync(
        string id, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] ImportCommitInput? input, ImportFlow flow, CancellationToken ct)
    {
        var upload = await flow.FindAsync(id, ct);
        var (options, choices) = (input ?? new ImportCommitInput()).ToCommit(flow.OptionsOf(upload), flow.ChoicesOf(upload));
        var job = await flow.CommitAsync(upload, options, choices);
        // A client that goes away does not stop the import: it finishes (or not) whole, and progress still tells.
        return TypedResults.Ok(await job.Completion.WaitAsync(ct));
    }

    private static async Task<Ok<ImportJobView>> ProgressAsync(string id, ImportFlow flow, CancellationToken ct) =>
        TypedResults.Ok(await flow.JobAsync(id, ct));

    private static async Task<NoContent> DiscardAsync(string id, ImportFlow flow, CancellationToken ct)
    {
        await flow.DiscardAsync((await flow.FindAsync(id, ct)).Id, ct);
        return TypedResults.NoContent();
    }

    private static ImportView View(StoredUpload upload, ImportOptions options, ImportPreview preview, IReadOnlyList<RowStatus> statuses, int? page, int? pageSize) =>
        new(upload.Id, upload.FileName, upload.Length, ImportPreviewView.Of(preview, options, ImportFlow.Rows(preview, statuses, page, pageSize)));

    private static bool ParseFlag(string value, string field) => value.Trim().ToLowerInvariant() switch
    {
        "true" or "on" or "yes" or "1" => true,
        "false" or "off" or "no" or "0" or "" => false,
        _ => throw ValidationFailedException.For(field, $"'{value}' is not true or false."),
    };
}
