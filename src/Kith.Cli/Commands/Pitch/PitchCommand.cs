using System.CommandLine;
using System.Globalization;
using Kith.Cli.Output;
using Kith.Core.Common;
using Kith.Core.Pitch;
using Spectre.Console;

namespace Kith.Cli.Commands.Pitch;

/// <summary><c>kith pitch [set|practice]</c>: my introduction by audience, how long it takes to say, and practice.</summary>
internal static class PitchCommand
{
    private const string Summary = "Your pitch for each audience: words, speaking time, practice; set a version or log a practice run.";

    private static readonly string Details = $"""
        One version per audience: everyday ("what I do now"), event (a mixer or conference) and
        job-search. Speaking time is estimated at {PitchRules.WordsPerMinute} words a minute; past {PitchRules.MaxSeconds} seconds
        people stop listening, so the pitch says how many words to cut.

        Examples:
          kith pitch set everyday "I look after the data our finance team reports from…"
          kith pitch set event --file event-pitch.txt
          pbpaste | kith pitch set job-search -
          kith pitch practice everyday --seconds 48 --rating 4 --notes "Smoother ending"
          kith pitch
        """;

    public static Command Create(CommandRunner runner)
    {
        var command = new KithCommand("pitch", Summary, Details);
        command.Subcommands.Add(PitchSetCommand.Create(runner));
        command.Subcommands.Add(PitchPracticeCommand.Create(runner));
        command.SetAction((parse, ct) => runner.RunAsync(parse, new FieldLabels(), async (scope, ct) =>
        {
            var pitches = await scope.Get<PitchService>().ListAsync(ct);
            if (scope.Json)
                scope.Terminal.Json(pitches);
            else
                Print(scope.Terminal, pitches);
        }, ct));
        return command;
    }

    private static void Print(Terminal terminal, IReadOnlyList<PitchView> pitches)
    {
        if (pitches.Count == 0)
        {
            terminal.Line("No pitch yet. Write what you would say in a minute: kith pitch set everyday \"…\"");
            return;
        }
        var table = Tables.Create("#", "Audience", "Words", "Speaking", "Practised", "Warning");
        foreach (var p in pitches)
        {
            table.AddRow(Tables.Dim($"{p.Id}"), Tables.Cell(Vocabulary.Token(p.Audience)), Tables.Cell($"{p.Words}"), Tables.Cell($"about {p.SpeakingSeconds} s"),
                Tables.Cell(Practised(p)), Tables.Cell(p.Warning, Tables.Warning));
        }
        terminal.Write(table);
        foreach (var p in pitches)
        {
            terminal.Line();
            terminal.Line($"{Vocabulary.Token(p.Audience)}:");
            foreach (var line in p.Text.Split('\n'))
                terminal.Line($"  {line.TrimEnd()}");
        }
        var missing = Enum.GetValues<PitchAudience>().Where(a => pitches.All(p => p.Audience != a)).Select(Vocabulary.Token).ToList();
        if (missing.Count > 0)
        {
            terminal.Line();
            terminal.Line($"No version yet for: {Formats.List(missing)}. Write one: kith pitch set {missing[0]} \"…\"");
        }
    }

    /// <summary>"3 times, average 3.7, last 2026-03-14", or "not yet".</summary>
    private static string Practised(PitchView p) => p.Practices == 0
        ? "not yet"
        : $"{Formats.Count(p.Practices, "time", "times")}, average {p.AverageRating?.ToString("0.0", CultureInfo.InvariantCulture)}, last {Formats.Day(p.RecentPractices[0].PractisedOn)}";
}
