using Kith.Core.Common;
using Kith.Core.Import;
using Kith.Web.Api;
using Kith.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.Import;

/// <summary>Upload a contacts file. Nothing is imported here: the next page previews it.</summary>
[RequestSizeLimit(UploadBody.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadBody.MaxRequestBytes)]
public sealed class IndexModel : KithPageModel
{
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string Format { get; set; } = "auto";
    [BindProperty] public bool KeepPhotos { get; set; } = true;
    [BindProperty] public string? Tag { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync([FromServices] ImportFlow flow, CancellationToken ct)
    {
        if (Upload is not { Length: > 0 })
        {
            ModelState.AddModelError(nameof(Upload), Upload is null ? "Choose a file to import." : "This file is empty. Choose the file your contacts were exported to.");
            return Page();
        }
        if (!ImportWords.TryParseFormat(Format, out var format))
        {
            ModelState.AddModelError(nameof(Format), "Choose one of the formats in the list.");
            return Page();
        }

        var options = new ImportOptions { Format = format, KeepPhotos = KeepPhotos, Tag = string.IsNullOrWhiteSpace(Tag) ? null : Tag.Trim() };
        StoredUpload? upload = null;
        try
        {
            await using (var content = Upload.OpenReadStream())
                upload = await flow.SaveAsync(Upload.FileName, content, ct);
            await flow.PreviewAsync(upload, options, ct);
            return RedirectToPage("/Import/Preview", new { id = upload.Id });
        }
        catch (ImportFileException failure)
        {
            ModelState.AddModelError(nameof(Upload), ImportErrors.Message(failure));
        }
        catch (ValidationFailedException failure)
        {
            ShowErrors(failure, "");
        }
        // The user gets no id to come back to, so nothing could ever refer to this upload again.
        if (upload is not null) await flow.DiscardAsync(upload.Id, CancellationToken.None);
        return Page();
    }
}
