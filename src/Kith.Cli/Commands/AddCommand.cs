using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.Data;
using Kith.Core.KeepInTouch;
using Kith.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Kith.Cli.Commands;

/// <summary><c>kith add "Ana Lima" --email … --every 30d</c>: a new person, optionally with a cadence.</summary>
internal static class AddCommand
{
    private const string Summary = "Add a person, optionally with a keep-in-touch cadence.";

    private const string Details = """
        The first word of the name is the first name, the rest the last name
        (or give --first and --last). Everything is checked before anything is saved.

        Examples:
          kith add "Ana Lima" --email ana@example.org --org Acme --role mentor --every 30d
          kith add Bob --department Finance --level more-senior --inside --tag "book club"
          kith add --first "Mary Ann" --last Smith --met 2024-10-09 --how-we-met "PyCon"
        """;

    public static Command Create(CommandRunner runner)
    {
        var name = new Argument<string[]>("name") { Description = "The person's name.", Arity = ArgumentArity.ZeroOrMore };
        var first = CliOptions.Text("--first", "First name, when it has more than one word.");
        var last = CliOptions.Text("--last", "Last name.");
        var o = new PersonOptions();
        var every = CliOptions.Text("--every", "Keep in touch this often: 30d, 2w, 3m.", "interval");
        var max = CliOptions.Text("--max", "Overdue after this long (default: half as long again as --every).", "interval");

        var command = new KithCommand("add", Summary, Details) { name, first, last };
        o.AddTo(command);
        command.Options.Add(every);
        command.Options.Add(max);
        CliOptions.OneOf(command, o.Inside, o.Outside);

        command.SetAction((parse, ct) =>
        {
            var words = string.Join(' ', parse.GetValue(name) ?? []).Trim();
            var typedParts = parse.GetValue(first) is not null || parse.GetValue(last) is not null;
            var split = words.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

            var labels = o.Labels();
            labels["FirstName"] = typedParts ? "--first" : "<name>";
            labels["LastName"] = typedParts ? "--last" : "<name>";
            labels["Every"] = "--every";
            labels["Unit"] = "--every";

            return runner.RunAsync(parse, labels, async (scope, ct) =>
            {
                if (typedParts && words.Length > 0)
                    throw new UserError("<name>: give the name or --first/--last, not both.");
                var cadence = parse.GetValue(every) is { } e ? IntervalText.Parse(e, parse.GetValue(max), "--every", "--max")
                    : parse.GetValue(max) is not null ? throw new UserError("--max: give --every as well.") : null;
                var input = await o.ReadAsync(parse, scope, ct) with
                {
                    FirstName = typedParts ? parse.GetValue(first) : split.ElementAtOrDefault(0) ?? "",
                    LastName = typedParts ? parse.GetValue(last) : split.ElementAtOrDefault(1),
                };

                // The person and their cadence land together or not at all.
                var db = scope.Get<KithDbContext>();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var person = await scope.Get<PeopleService>().CreateAsync(input, ct);
                if (cadence is not null)
                {
                    await scope.Get<KeepInTouchService>().SetCadenceAsync(person.Id, cadence, ct);
                    person = await scope.Get<PeopleService>().GetAsync(person.Id, ct);
                }
                await transaction.CommitAsync(ct);

                if (scope.Json)
                {
                    scope.Terminal.Json(person);
                    return;
                }
                scope.Terminal.Line($"Added {person.DisplayName} (#{person.Id}).");
                if (person.Cadence is { } c)
                    scope.Terminal.Line($"Keep in touch {c.Description}; next due {Formats.Day(person.NextDueOn)}.");
            }, ct);
        });
        return command;
    }
}
