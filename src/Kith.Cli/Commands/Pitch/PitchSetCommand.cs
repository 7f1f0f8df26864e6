using System.CommandLine;
using Kith.Core.Common;
using Kith.Core.Pitch;

namespace Kith.Cli.Commands.Pitch;

/// <summary><c>kith pitch set everyday "…" | --file path | -</c>: the version for one audience, replacing the one there was.</summary>
internal static class PitchSetCommand
{
    public static Command Create(CommandRunner runner)
    {
        var audience = new Argument<string>("audience") { Description = $"Whom it is for: {Vocabulary.Choices<PitchAudience>()}." };
        var text = new Argument<string?>("text")
        {
            Description = "What you would say; \"-\" reads it from standard input.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var file = CliOptions.Text("--file", "Read the text from this file instead.", "path");
        var command = new KithCommand("set", "Write the pitch for an audience (replaces the version there was).", """
            Who you are, what you do now, and what you are looking for, in under a minute.

            Examples:
              kith pitch set everyday "I look after the data our finance team reports from…"
              kith pitch set event --file event-pitch.txt
              kith pitch set job-search - < job-search.txt
            """) { audience, text, file };

        command.SetAction((parse, ct) =>
        {
            var fromFile = parse.GetValue(file);
            var labels = new FieldLabels { ["Audience"] = "<audience>", ["Text"] = fromFile is null ? "<text>" : "--file" };
            return runner.RunAsync(parse, labels, async (scope, ct) =>
            {
                var typed = parse.GetValue(text);
                if (typed is not null && fromFile is not null)
                    throw new UserError("--file: give the text or --file, not both.");
                var words = fromFile is not null ? await ReadFileAsync(fromFile, ct)
                    : typed == "-" ? await scope.Terminal.In.ReadToEndAsync(ct)
                    : typed;

                var pitch = await scope.Get<PitchService>().SaveAsync(new PitchInput(parse.GetValue(audience), words), ct);
                if (scope.Json)
                {
                    scope.Terminal.Json(pitch);
                    return;
                }
                scope.Terminal.Line($"Saved your {Vocabulary.Token(pitch.Audience)} pitch (#{pitch.Id}): {pitch.Words} words, about {pitch.SpeakingSeconds} seconds.");
                if (pitch.Warning is { } warning)
                    scope.Terminal.Line($"! {warning}");
                scope.Terminal.Line($"Say it out loud and time it: kith pitch practice {Vocabulary.Token(pitch.Audience)} --seconds <n> --rating <1-5>");
            }, ct);
        });
        return command;
    }

    private static async Task<string> ReadFileAsync(string path, CancellationToken ct)
    {
        try
        {
            return await File.ReadAllTextAsync(path, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UserError($"--file: cannot read {path}: {e.Message}");
        }
    }
}
