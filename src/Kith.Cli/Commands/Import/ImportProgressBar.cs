using System.Globalization;
using Kith.Core.Import;
using Spectre.Console;

namespace Kith.Cli.Commands.Import;

/// <summary>
/// A bar per phase ("reading", "writing") on standard error, moved by the bytes of the file the
/// service has read, so a 30,000-row file shows how far it has got. No bar when standard error is
/// not a terminal: a log file gets the report, not a redrawn line.
/// </summary>
internal static class ImportProgressBar
{
    public static Task<T> RunAsync<T>(IAnsiConsole? console, string fileName, long fileLength, Func<IProgress<ImportProgress>?, Task<T>> work)
    {
        if (console is null)
            return work(null);
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var bars = new Bars(context, fileName, fileLength);
                var result = await work(bars);
                bars.Complete();
                return result;
            });
    }

    /// <summary>Reports straight into the bars, on whichever thread the service reports from; Spectre's tasks lock their own state.</summary>
    internal sealed class Bars(ProgressContext context, string fileName, long fileLength) : IProgress<ImportProgress>
    {
        private readonly Lock _lock = new();
        private readonly Dictionary<string, ProgressTask> _byPhase = [];

        public void Report(ImportProgress value)
        {
            lock (_lock)
            {
                if (!_byPhase.TryGetValue(value.Phase, out var bar))
                {
                    bar = context.AddTask(Describe(value.Phase, fileName, value.RowsDone), maxValue: Math.Max(1, value.TotalBytes ?? fileLength));
                    _byPhase[value.Phase] = bar;
                }
                bar.Description = Describe(value.Phase, fileName, value.RowsDone);
                bar.Value = Math.Min(bar.MaxValue, value.BytesRead);
            }
        }

        public void Complete()
        {
            lock (_lock)
            {
                foreach (var bar in _byPhase.Values)
                    bar.Value = bar.MaxValue;
            }
        }
    }

    /// <summary>"Reading Connections.csv (1,200 rows)"; the file name is user text, so it is escaped for Spectre's markup.</summary>
    internal static string Describe(string phase, string fileName, int rows)
    {
        var verb = phase switch { "reading" => "Reading", "writing" => "Writing", _ => phase };
        return Markup.Escape($"{verb} {fileName} ({rows.ToString("N0", CultureInfo.InvariantCulture)} {(rows == 1 ? "row" : "rows")})");
    }
}
