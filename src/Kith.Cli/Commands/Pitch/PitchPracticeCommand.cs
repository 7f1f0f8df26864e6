using System.CommandLine;
using System.Globalization;
using Kith.Cli.Output;
using Kith.Core.Common;
using Kith.Core.Pitch;

namespace Kith.Cli.Commands.Pitch;

/// <summary><c>kith pitch practice everyday --seconds 48 --rating 4</c>: one practice run, timed and rated.</summary>
internal static class PitchPracticeCommand
{
    public static Command Create(CommandRunner runner)
    {
        var which = new Argument<string>("pitch") { Description = $"The pitch: its number, or its audience ({Vocabulary.Choices<PitchAudience>()})." };
        var seconds = CliOptions.Number("--seconds", "How long it took, in seconds.", 1, 3_600);
        var rating = CliOptions.Number("--rating", "How it went, from 1 (rough) to 5 (smooth).", 1, 5);
        var on = CliOptions.Text("--on", "The day you practised: YYYY-MM-DD (default: today).", "date");
        var notes = CliOptions.Text("--notes", "What to change next time.");
        var command = new KithCommand("practice", "Log a practice run: how long it took and how it went.", """
            Say it out loud with a stopwatch; the web page has a timer.

            Examples:
              kith pitch practice everyday --seconds 48 --rating 4
              kith pitch practice 2 --seconds 75 --rating 2 --notes "Lost the thread in the middle"
            """) { which, seconds, rating, on, notes };

        var labels = new FieldLabels { ["DurationSeconds"] = "--seconds", ["PractisedOn"] = "--on" };
        command.SetAction((parse, ct) => runner.RunAsync(parse, labels, async (scope, ct) =>
        {
            var service = scope.Get<PitchService>();
            var id = await ResolveAsync(service, parse.GetValue(which), ct);
            var pitch = await service.AddPracticeAsync(id, new PracticeInput(parse.GetValue(seconds), parse.GetValue(rating),
                parse.GetValue(on), parse.GetValue(notes)), ct);
            if (scope.Json)
            {
                scope.Terminal.Json(pitch);
                return;
            }
            // The service has checked these; a run logged for an earlier day need not be among the recent ones it returns.
            var took = parse.GetValue(seconds)!.Value;
            var day = parse.GetValue(on)?.Trim() ?? Formats.Day(await scope.TodayAsync(ct));
            scope.Terminal.Line($"Practised your {Vocabulary.Token(pitch.Audience)} pitch on {day}: {took} seconds, rated {parse.GetValue(rating)} of 5.");
            if (took > PitchRules.MaxSeconds)
                scope.Terminal.Line($"! {took} seconds is past a minute: people stop listening. Cut it down and practise again.");
            scope.Terminal.Line($"{Formats.Count(pitch.Practices, "practice run", "practice runs")} so far, average rating {pitch.AverageRating?.ToString("0.0", CultureInfo.InvariantCulture)}.");
        }, ct));
        return command;
    }

    /// <summary>A pitch named by number ("2", "#2") or by audience ("everyday").</summary>
    private static async Task<int> ResolveAsync(PitchService service, string? text, CancellationToken ct)
    {
        var typed = text?.Trim() ?? "";
        if (int.TryParse(typed.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return id;
        if (!Vocabulary.TryParse<PitchAudience>(typed, out var audience))
            throw new UserError($"<pitch>: '{typed}' is neither a pitch number nor an audience; use one of: {Vocabulary.Choices<PitchAudience>()}.");
        var pitch = (await service.ListAsync(ct)).FirstOrDefault(p => p.Audience == audience)
            ?? throw UserError.NotFound($"<pitch>: there is no {Vocabulary.Token(audience)} pitch yet; write it first: kith pitch set {Vocabulary.Token(audience)} \"…\"");
        return pitch.Id;
    }
}
