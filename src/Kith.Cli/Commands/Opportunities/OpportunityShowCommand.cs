using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.Opportunities;
using Spectre.Console;

namespace Kith.Cli.Commands.Opportunities;

/// <summary><c>kith opportunity show 1</c>: membership, buddy, and every event with the people met there.</summary>
internal static class OpportunityShowCommand
{
    public static Command Create(CommandRunner runner)
    {
        var id = CliOptions.Id("opportunity-id", "The opportunity's number, as 'kith opportunities' shows it.");
        var command = new KithCommand("show", "Show an opportunity with its events and the people met there.", """
            Examples:
              kith opportunity show 1
            """) { id };

        command.SetAction((parse, ct) => runner.RunAsync(parse, new FieldLabels(), async (scope, ct) =>
        {
            var o = await scope.Get<OpportunityService>().GetAsync(parse.GetValue(id), ct);
            if (scope.Json)
            {
                scope.Terminal.Json(o);
                return;
            }
            scope.Terminal.Line($"Opportunity #{o.Id}: {o.Name}");
            scope.Terminal.Write(Tables.Details(
            [
                ("Kind", Formats.Words(o.Kind)),
                ("Role", o.Role),
                ("Member since", Formats.Day(o.MemberSince)),
                ("Buddy", o.Buddy is { } b ? $"{b.DisplayName} (#{b.Id})" : null),
                ("Website", o.Website),
                ("Notes", o.Notes),
            ]));
            scope.Terminal.Line();
            if (o.Events.Count == 0)
            {
                scope.Terminal.Line($"No events yet. Add the next one: kith opportunity event {o.Id} \"<title>\" --at YYYY-MM-DDTHH:MM");
                return;
            }
            scope.Terminal.Line($"Events ({o.Events.Count}):");
            scope.Terminal.Write(Events(o.Events));
        }, ct));
        return command;
    }

    private static Table Events(IEnumerable<EventView> events)
    {
        var table = Tables.Create("#", "When", "Event", "Where", "Went", "People met");
        foreach (var e in events)
        {
            table.AddRow(Tables.Dim($"{e.Id}"), Tables.Cell(Formats.Time(e.StartsAt)), Tables.Cell(e.Title), Tables.Cell(e.Location),
                Tables.Cell(e.Attended switch { true => "yes", false => "no", null => "" }),
                Tables.Cell(Formats.List(e.PeopleMet.Select(p => $"{p.DisplayName} (#{p.Id})"))));
        }
        return table;
    }
}
