using Kith.Core.Backup;
using Kith.Core.Common;
using Kith.Core.Import;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kith.Web.Pages.Data;

/// <summary>
/// Import and export in one place: where contacts come in, the three downloads (CSV, vCard, full backup)
/// streamed straight from the core services, and restoring a backup into an empty Kith.
/// </summary>
// A backup carries photos; the server's default 30 MB request limit would refuse a large network's file.
[RequestSizeLimit(MaxBackupBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBackupBytes)]
public sealed class IndexModel(ExportService export, BackupService backup, AccountClock clock) : KithPageModel
{
    private const long MaxBackupBytes = 512L * 1024 * 1024;

    /// <summary>The backup file to restore, as uploaded.</summary>
    [BindProperty]
    public IFormFile? BackupFile { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct) =>
        StreamedDownload.Text("text/csv; charset=utf-8", $"kith-people-{await TodayAsync(ct)}.csv", export.WriteCsvAsync, byteOrderMark: true);

    public async Task<IActionResult> OnGetVCardAsync(CancellationToken ct) =>
        StreamedDownload.Text("text/vcard; charset=utf-8", $"kith-people-{await TodayAsync(ct)}.vcf", (w, c) => export.WriteVCardsAsync(w, null, c));

    public async Task<IActionResult> OnGetBackupAsync(CancellationToken ct) =>
        new StreamedDownload("application/json; charset=utf-8", $"kith-backup-{await TodayAsync(ct)}.json", backup.WriteAsync);

    public async Task<IActionResult> OnPostRestoreAsync(CancellationToken ct)
    {
        if (BackupFile is not { Length: > 0 })
            return Refuse("Choose the backup file to restore: a kith-backup-….json file downloaded from this page.");
        try
        {
            await using var stream = BackupFile.OpenReadStream();
            var counts = await backup.RestoreAsync(stream, ct);
            Flash(RestoreSummary.Describe(counts));
            return RedirectToPage(null, null, "restore");
        }
        catch (ImportFileException bad)
        {
            return Refuse($"{BackupFile.FileName} could not be restored. {bad.Message}");
        }
        catch (ValidationFailedException refused)
        {
            // Whatever the core names the problem (the account, the schema version), it is about this file here.
            foreach (var message in refused.Errors.SelectMany(e => e.Value))
                ModelState.AddModelError(nameof(BackupFile), message);
            return Page();
        }
    }

    private PageResult Refuse(string message)
    {
        ModelState.AddModelError(nameof(BackupFile), message);
        return Page();
    }

    private async Task<string> TodayAsync(CancellationToken ct) => Shared.Show.Iso(await clock.TodayAsync(ct));
}
