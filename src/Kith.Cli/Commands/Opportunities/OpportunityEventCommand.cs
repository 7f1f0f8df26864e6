using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.Opportunities;

namespace Kith.Cli.Commands.Opportunities;

/// <summary><c>kith opportunity event 1 "Spring mixer" --at 2026-04-02T18:30 [--location …]</c>: an upcoming event.</summary>
internal static class OpportunityEventCommand
{
    public static Command Create(CommandRunner runner)
    {
        var id = CliOptions.Id("opportunity-id", "The opportunity's number, as 'kith opportunities' shows it.");
        var title = new Argument<string>("title") { Description = "The event, e.g. \"Spring mixer\"." };
        var at = CliOptions.Text("--at", "When it starts: YYYY-MM-DDTHH:MM, your local time.", "when");
        var duration = CliOptions.Number("--duration", "How long, in minutes (default 120).", 10, 24 * 60);
        var location = CliOptions.Text("--location", "Where.", "place");
        var buddy = CliOptions.Text("--buddy", "Who comes along this time (default: the opportunity's buddy): an id or a name.", "person");
        var command = new KithCommand("event", "Add an event of an opportunity: a mixer, a match, a meeting.", """
            It is in your calendar feed ('kith calendar'). Afterwards, note whom you met: kith event met <event-id> …

            Examples:
              kith opportunity event 1 "Spring mixer" --at 2026-04-02T18:30 --location "Hotel Lisboa"
              kith opportunity event 2 "League match" --at 2026-04-09T19:00 --duration 90 --buddy bea
            """) { id, title, at, duration, location, buddy };

        var labels = new FieldLabels
        {
            ["opportunityId"] = "<opportunity-id>", ["Title"] = "<title>", ["StartsAt"] = "--at", ["DurationMinutes"] = "--duration", ["BuddyId"] = "--buddy",
        };
        command.SetAction((parse, ct) => runner.RunAsync(parse, labels, async (scope, ct) =>
        {
            int? buddyId = parse.GetValue(buddy) is { } b ? (await scope.PersonAsync(b, "--buddy", ct)).Id : null;
            var e = await scope.Get<OpportunityService>().AddEventAsync(parse.GetValue(id), new EventInput(parse.GetValue(title), parse.GetValue(at),
                parse.GetValue(duration), parse.GetValue(location), buddyId), ct);
            if (scope.Json)
            {
                scope.Terminal.Json(e);
                return;
            }
            var where = e.Location is { } l ? $" at {l}" : "";
            var with = e.Buddy is { } w ? $", with {w.DisplayName}" : "";
            scope.Terminal.Line($"Added event #{e.Id} to {e.OpportunityName}: {e.Title}, {Formats.Time(e.StartsAt)} ({e.DurationMinutes} min){where}{with}.");
            scope.Terminal.Line($"Afterwards, note whom you met: kith event met {e.Id} <person> | --new \"First Last\"");
        }, ct));
        return command;
    }
}
