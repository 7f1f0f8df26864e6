using Kith.Core.Common;
using Kith.Core.Import;
using Kith.Core.People;
using Kith.Web.Pages.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Kith.Web.Pages.People;

/// <summary>The person page's photo, vCard download and merge form.</summary>
public sealed partial class DetailsModel
{
    /// <summary>Image types every browser shows and none runs script in (SVG can); anything else is only offered as a file.</summary>
    private static readonly HashSet<string> ImageTypes = new(StringComparer.OrdinalIgnoreCase)
        { "image/jpeg", "image/png", "image/gif", "image/webp" };

    public MergeForm Merge { get; private set; } = null!;

    public async Task<IActionResult> OnGetPhotoAsync(int id, CancellationToken ct)
    {
        var photo = await people.PhotoAsync(id, ct);
        if (photo is null) return NotFound();

        // The type came from an imported file: never let the browser guess a more dangerous one.
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        var declared = MediaTypeHeaderValue.TryParse(photo.MediaType, out var parsed) ? parsed.MediaType.Value : null;
        return declared is not null && ImageTypes.Contains(declared)
            ? File(photo.Data, declared.ToLowerInvariant())
            : File(photo.Data, "application/octet-stream", $"photo-{id}");
    }

    public async Task<IActionResult> OnGetVCardAsync(int id, [FromServices] ExportService export, CancellationToken ct)
    {
        // Looked up first so that a missing person gets the 404 page, not a broken download.
        var person = await people.GetAsync(id, ct);
        return StreamedDownload.Text("text/vcard; charset=utf-8", DownloadName.For(person, "vcf"),
            (writer, c) => export.WriteVCardsAsync(writer, id, c));
    }

    public async Task<IActionResult> OnPostMergeAsync(int id, [FromForm(Name = nameof(Merge))] MergeForm form, [FromServices] MergeService merge, CancellationToken ct)
    {
        try
        {
            if (form.With is not { } otherId || otherId == id)
                throw ValidationFailedException.For(nameof(MergeForm.With), "Choose the other record of this person.");
            var other = await people.GetAsync(otherId, ct);
            var kept = await merge.MergeAsync(id, otherId, ct);
            Flash(MergeMessage.Merged(other.DisplayName, kept.DisplayName));
            return BackTo(id, "timeline");
        }
        catch (ValidationFailedException failure)
        {
            ShowErrors(failure, nameof(Merge), new Dictionary<string, string> { ["OtherId"] = "Merge.With", ["KeepId"] = "Merge.With" });
            Merge = form;
            return await RedisplayAsync(id, ct);
        }
    }
}

/// <summary>"Merge with…" as posted: the other record, merged into the person whose page this is.</summary>
public sealed class MergeForm
{
    public int? With { get; set; }
}

/// <summary>File names for downloads about one person: "ana-lima.vcf", plain ASCII so every system keeps them.</summary>
public static class DownloadName
{
    public static string For(PersonDetail person, string extension)
    {
        var folded = person.DisplayName.Normalize(System.Text.NormalizationForm.FormD);
        var slug = new System.Text.StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(char.ToLowerInvariant(c));
            else if ((char.IsWhiteSpace(c) || c is '-' or '_' or '.') && slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var name = slug.ToString().Trim('-');
        return $"{(name.Length == 0 ? $"person-{person.Id}" : name)}.{extension}";
    }
}
