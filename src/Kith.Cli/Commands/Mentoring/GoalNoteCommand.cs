using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.Mentoring;

namespace Kith.Cli.Commands.Mentoring;

/// <summary><c>kith goal note 2 "…"</c>: a dated progress note.</summary>
internal static class GoalNoteCommand
{
    public static Command Create(CommandRunner runner)
    {
        var id = CliOptions.Id("goal-id", "The goal's number, as 'kith goals' shows it.");
        var text = new Argument<string>("text") { Description = "What moved forward (or what did not)." };
        var command = new KithCommand("note", "Note progress on a goal.", """
            Examples:
              kith goal note 2 "Submitted the talk proposal"
            """) { id, text };

        var labels = new FieldLabels { ["goalId"] = "<goal-id>", ["Text"] = "<text>" };
        command.SetAction((parse, ct) => runner.RunAsync(parse, labels, async (scope, ct) =>
        {
            var note = await scope.Get<GoalService>().AddNoteAsync(parse.GetValue(id), new GoalNoteInput(parse.GetValue(text)), ct);
            if (scope.Json)
                scope.Terminal.Json(note);
            else
                scope.Terminal.Line($"Noted on goal #{parse.GetValue(id)} at {Formats.Moment(note.WrittenAt, await scope.ZoneAsync(ct))}: {note.Text}");
        }, ct));
        return command;
    }
}
