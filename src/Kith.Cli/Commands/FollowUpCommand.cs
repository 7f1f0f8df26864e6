using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.KeepInTouch;

namespace Kith.Cli.Commands;

/// <summary>
/// <c>kith follow-up ana "send the article" --due …</c> adds a promise; <c>list</c>, <c>done</c>,
/// <c>reopen</c> and <c>delete</c> manage them. The short form without "add" is the common case.
/// </summary>
internal static class FollowUpCommand
{
    private const string Summary = "Add, list and complete follow-ups (promises to people).";

    private const string Details = """
        A follow-up is a promise: "send Ana the article by Friday". Open follow-ups show up
        in 'kith due' from their due date on.

        Examples:
          kith follow-up "Ana Lima" "Send the article" --due 2026-03-20
          kith follow-up list
          kith follow-up list --person ana --all
          kith follow-up done 7
        """;

    private static readonly FieldLabels AddLabels = new() { ["PersonId"] = "<person>", ["Description"] = "<text>", ["DueOn"] = "--due" };

    public static Command Create(CommandRunner runner)
    {
        var command = new KithCommand("follow-up", Summary, Details);
        AddArguments(command, runner);
        command.Subcommands.Add(CreateAdd(runner));
        command.Subcommands.Add(FollowUpListCommand.Create(runner));
        command.Subcommands.Add(CreateDone(runner, "done", "Mark a follow-up as done.", done: true));
        command.Subcommands.Add(CreateDone(runner, "reopen", "Mark a done follow-up as open again.", done: false));
        command.Subcommands.Add(CreateDelete(runner));
        return command;
    }

    private static KithCommand CreateAdd(CommandRunner runner)
    {
        var add = new KithCommand("add", "Add a follow-up (the same as 'kith follow-up <person> <text> --due <date>').", """
            Useful for a person whose name is also a subcommand, such as "List".

            Examples:
              kith follow-up add List "Send the slides" --due 2026-03-20
            """);
        AddArguments(add, runner);
        return add;
    }

    private static void AddArguments(Command command, CommandRunner runner)
    {
        var person = new Argument<string>("person") { Description = "Whom it is for: an id or a name." };
        var text = new Argument<string>("text") { Description = "What you will do." };
        var due = CliOptions.Text("--due", "When it is due: YYYY-MM-DD.", "date");
        command.Arguments.Add(person);
        command.Arguments.Add(text);
        command.Options.Add(due);

        command.SetAction((parse, ct) => runner.RunAsync(parse, AddLabels, async (scope, ct) =>
        {
            var who = await scope.PersonAsync(parse.GetValue(person), "<person>", ct);
            var added = await scope.Get<KeepInTouchService>().AddFollowUpAsync(new FollowUpInput
            {
                PersonId = who.Id,
                Description = parse.GetValue(text),
                DueOn = parse.GetValue(due),
            }, ct);
            if (scope.Json)
                scope.Terminal.Json(added);
            else
                scope.Terminal.Line($"Added follow-up #{added.Id} with {added.PersonName}: {added.Description} (due {Formats.DayWithWeekday(added.DueOn)}).");
        }, ct));
    }

    private static Command CreateDone(CommandRunner runner, string name, string description, bool done)
    {
        var id = CliOptions.Id("id", "The follow-up's number, as 'kith follow-up list' shows it.");
        var command = new Command(name, description) { id };
        command.SetAction((parse, ct) => runner.RunAsync(parse, new FieldLabels(), async (scope, ct) =>
        {
            var followUp = await scope.Get<KeepInTouchService>().SetDoneAsync(parse.GetValue(id), done, ct);
            if (scope.Json)
                scope.Terminal.Json(followUp);
            else
                scope.Terminal.Line($"Follow-up #{followUp.Id} with {followUp.PersonName} is {(done ? "done" : "open again")}: {followUp.Description}");
        }, ct));
        return command;
    }

    private static Command CreateDelete(CommandRunner runner)
    {
        var id = CliOptions.Id("id", "The follow-up's number, as 'kith follow-up list' shows it.");
        var command = new Command("delete", "Delete a follow-up you no longer mean to keep.") { id };
        command.SetAction((parse, ct) => runner.RunAsync(parse, new FieldLabels(), async (scope, ct) =>
        {
            await scope.Get<KeepInTouchService>().DeleteFollowUpAsync(parse.GetValue(id), ct);
            if (scope.Json)
                scope.Terminal.Json(new { deleted = parse.GetValue(id) });
            else
                scope.Terminal.Line($"Deleted follow-up #{parse.GetValue(id)}.");
        }, ct));
        return command;
    }
}
