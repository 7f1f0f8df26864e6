using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.Mentoring;
using Spectre.Console;

namespace Kith.Cli.Commands.Mentoring;

/// <summary><c>kith goal show 2</c>: one goal, its areas and its progress notes, newest first.</summary>
internal static class GoalShowCommand
{
    public static Command Create(CommandRunner runner)
    {
        var id = CliOptions.Id("goal-id", "The goal's number, as 'kith goals' shows it.");
        var command = new KithCommand("show", "Show a goal with its areas and progress notes.", """
            Examples:
              kith goal show 2
            """) { id };

        command.SetAction((parse, ct) => runner.RunAsync(parse, new FieldLabels(), async (scope, ct) =>
        {
            var goal = await scope.Get<GoalService>().GetAsync(parse.GetValue(id), ct);
            if (scope.Json)
            {
                scope.Terminal.Json(goal);
                return;
            }
            var zone = await scope.ZoneAsync(ct);
            scope.Terminal.Line($"Goal #{goal.Id}: {goal.Title}");
            scope.Terminal.Write(Tables.Details(
            [
                ("Horizon", Formats.Words(goal.Horizon)),
                ("Target", Formats.Day(goal.TargetOn)),
                ("Status", Formats.Words(goal.Status)),
                ("Areas", Formats.List(goal.Areas, "none yet")),
                ("Description", goal.Description),
                ("Added", Formats.LocalDay(goal.CreatedAt, zone)),
            ]));
            scope.Terminal.Line();
            if (goal.Notes.Count == 0)
            {
                scope.Terminal.Line($"No progress notes yet. Add one: kith goal note {goal.Id} \"…\"");
                return;
            }
            scope.Terminal.Line($"Progress notes ({goal.Notes.Count}):");
            var table = Tables.Create("When", "Note");
            foreach (var note in goal.Notes)
                table.AddRow(Tables.Cell(Formats.Moment(note.WrittenAt, zone)), Tables.Cell(note.Text));
            scope.Terminal.Write(table);
        }, ct));
        return command;
    }
}
