using System.CommandLine;
using Kith.Core.Feed;

namespace Kith.Cli.Commands.Feed;

/// <summary><c>kith calendar export [-o kith.ics]</c>: the whole feed as a file, for a calendar that imports rather than subscribes.</summary>
internal static class CalendarExportCommand
{
    /// <summary>The <c>--json</c> shape: where the feed went (null for standard output) and its text.</summary>
    internal sealed record Export(string? File, string Calendar);

    public static Command Create(CommandRunner runner)
    {
        var output = new Option<string?>("--output", "-o") { Description = "Write the calendar to this file instead of standard output.", HelpName = "file" };
        var command = new KithCommand("export", "Write the whole calendar feed (.ics) once, to standard output or a file.", """
            The same calendar the subscription address serves, as it is now; an import does not
            update itself, a subscription does.

            Examples:
              kith calendar export -o kith.ics
              kith calendar export > kith.ics
            """) { output };

        command.SetAction((parse, ct) => runner.RunAsync(parse, new FieldLabels(), async (scope, ct) =>
        {
            var feeds = scope.Get<FeedService>();
            var calendar = await feeds.BuildAsync(await feeds.TokenAsync(ct), ct)
                ?? throw new InvalidOperationException("The feed's own token was not accepted.");
            var file = parse.GetValue(output);
            if (file is not null)
                await WriteAsync(file, calendar, ct);

            if (scope.Json)
                scope.Terminal.Json(new Export(file is null ? null : Path.GetFullPath(file), calendar));
            else if (file is null)
                scope.Terminal.Out.Write(calendar);
            else
                scope.Terminal.Line($"Wrote your calendar to {file}.");
        }, ct));
        return command;
    }

    /// <summary>A file that cannot be written is the user's path, not the database: say which.</summary>
    private static async Task WriteAsync(string file, string calendar, CancellationToken ct)
    {
        try
        {
            await File.WriteAllTextAsync(file, calendar, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UserError($"--output: cannot write {file}: {e.Message}");
        }
    }
}
