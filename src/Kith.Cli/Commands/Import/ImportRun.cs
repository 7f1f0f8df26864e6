using System.Text;
using Kith.Cli.Output;
using Kith.Core.Import;

namespace Kith.Cli.Commands.Import;

/// <summary>One <c>kith import</c>: preview, the rules for going on, the question, the commit.</summary>
internal sealed class ImportRun(CommandScope scope, string path, long length, ImportOptions options, ImportChoices choices, IReadOnlyList<string> typedMapping)
{
    private readonly string _fileName = Path.GetFileName(path);

    public async Task ExecuteAsync(bool yes, bool dryRun, CancellationToken ct)
    {
        var terminal = scope.Terminal;
        try
        {
            var effective = await WithMappingAsync(ct);
            var service = scope.Get<ImportService>();
            var preview = await ImportProgressBar.RunAsync(terminal.Progress, _fileName, length,
                progress => service.PreviewAsync(Open, effective, progress, ct));
            var errors = preview.Rows.Where(r => r.Status == RowStatus.Error).ToList();
            var stopsOnErrors = errors.Count > 0 && !choices.SkipErrors && !dryRun;
            if (!scope.Json)
                ImportReport.Preview(terminal, _fileName, preview, choices, typedMapping.Count > 0, listErrors: !stopsOnErrors);

            if (stopsOnErrors)
                throw Rejected(errors);

            var c = preview.Counts;
            if (c.New + c.Update + c.PossibleDuplicate == 0)
            {
                Finish(preview, null, "Nothing to import: no one in the file is new or has anything to add.");
                return;
            }
            if (dryRun)
            {
                Finish(preview, null, errors.Count > 0 && !choices.SkipErrors
                    ? $"Dry run: nothing was imported. {Formats.Count(errors.Count, "row has", "rows have")} errors: fix them, or import with --skip-errors to leave them out."
                    : "Dry run: nothing was imported.");
                return;
            }
            if (!await Confirmation.ConfirmAsync(terminal, yes, "Import?", "nothing was imported", ct))
            {
                Finish(preview, null, "Nothing was imported.");
                return;
            }

            // Commit what was previewed: the format as detected and the mapping as shown, not guessed again.
            var confirmed = effective with { Format = preview.Format, Mapping = preview.Mapping ?? effective.Mapping };
            var result = await ImportProgressBar.RunAsync(terminal.Progress, _fileName, length,
                progress => service.CommitAsync(Open, confirmed, choices, progress, ct));
            if (scope.Json)
                terminal.Json(new ImportReport.Report(preview, result));
            else
                ImportReport.Result(terminal, _fileName, result);
        }
        catch (ImportFileException e)
        {
            throw InputFile.Unreadable(path, e, "imported");
        }
        catch (DecoderFallbackException e)
        {
            throw InputFile.WrongEncoding(path, e, "imported");
        }
        catch (ImportRejectedException e)
        {
            throw Rejected(e.ErrorRows);
        }
    }

    /// <summary>With --map, the file is a plain CSV read through Kith's guess corrected by the typed columns.</summary>
    private async Task<ImportOptions> WithMappingAsync(CancellationToken ct)
    {
        if (typedMapping.Count == 0)
            return options;
        if (options.Format is not (ImportFormat.Auto or ImportFormat.Csv))
            throw new UserError("--map: only a plain CSV is read through a mapping (--format csv); LinkedIn, Google and vCard files have known fields.");
        return options with { Format = ImportFormat.Csv, Mapping = await ColumnMap.ReadAsync(Open, typedMapping, ct) };
    }

    private Stream Open() => File.OpenRead(path);

    private void Finish(ImportPreview preview, ImportResult? result, string message)
    {
        if (scope.Json)
            scope.Terminal.Json(new ImportReport.Report(preview, result));
        else
        {
            scope.Terminal.Line();
            scope.Terminal.Line(message);
        }
    }

    private UserError Rejected(IReadOnlyList<PreviewRow> errorRows) => new(
        $"{Formats.Count(errorRows.Count, "row has", "rows have")} errors, so nothing was imported. " +
        "Fix them in the file, or run again with --skip-errors to import the other rows.\n" +
        ImportReport.ErrorLines(path, errorRows));
}
