using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.Common;
using Kith.Core.Interactions;
using Kith.Core.KeepInTouch;
using Kith.Core.People;
using Spectre.Console;

namespace Kith.Cli.Commands;

/// <summary><c>kith show ana</c>: one person, their cadence, open follow-ups and recent timeline.</summary>
internal static class ShowCommand
{
    private const int TimelineLength = 10;

    private const string Summary = "Show one person: details, cadence, open follow-ups, recent interactions.";

    private const string Details = """
        Examples:
          kith show "Ana Lima"
          kith show 12 --json
        """;

    /// <summary>The <c>--json</c> shape: the person page in one document.</summary>
    internal sealed record PersonCard(PersonDetail Person, IReadOnlyList<FollowUpView> OpenFollowUps, IReadOnlyList<InteractionView> RecentInteractions);

    public static Command Create(CommandRunner runner)
    {
        var person = new Argument<string>("person") { Description = "An id or a name." };
        var command = new KithCommand("show", Summary, Details) { person };

        command.SetAction((parse, ct) => runner.RunAsync(parse, new FieldLabels(), async (scope, ct) =>
        {
            var who = await scope.PersonAsync(parse.GetValue(person), "<person>", ct);
            var detail = await scope.Get<PeopleService>().GetAsync(who.Id, ct);
            var followUps = await scope.Get<KeepInTouchService>().ListFollowUpsAsync(
                new FollowUpQuery { PersonId = who.Id, Status = "open", PageSize = Paging.MaxSize }, ct);
            var timeline = await scope.Get<InteractionService>().ListAsync(
                new InteractionQuery { PersonId = who.Id, PageSize = TimelineLength }, ct);

            if (scope.Json)
                scope.Terminal.Json(new PersonCard(detail, followUps.Items, timeline.Items));
            else
                Print(scope.Terminal, detail, followUps, timeline, await scope.ZoneAsync(ct), await scope.TodayAsync(ct));
        }, ct));
        return command;
    }

    private static void Print(Terminal terminal, PersonDetail p, Page<FollowUpView> followUps, Page<InteractionView> timeline, TimeZoneInfo zone, DateOnly today)
    {
        terminal.Line($"{p.DisplayName} (#{p.Id})");
        terminal.Write(Tables.Details(
        [
            ("Nickname", p.Nickname),
            ("Organisation", string.Join(" · ", new[] { p.Organisation, p.Department, p.JobTitle }.Where(s => !string.IsNullOrWhiteSpace(s)))),
            ("Level", p.Level == RelativeLevel.Unknown ? null : p.Level.Label()),
            ("Employer", p.Employer == EmployerRelation.Unknown ? null : p.Employer.Label()),
            ("Roles", string.Join(", ", p.Roles.Select(r => r.Label()))),
            ("E-mail", string.Join(", ", p.Emails)),
            ("Phone", string.Join(", ", p.Phones)),
            ("Address", string.Join("\n", (p.Addresses ?? []).Select(a => a.Label is { Length: > 0 } label ? $"{a.OneLine} ({label})" : a.OneLine))),
            ("Birthday", Formats.Day(p.Birthday)),
            ("Reports to", p.ReportsTo is { } boss ? $"{boss.DisplayName} (#{boss.Id})" : null),
            ("Tags", string.Join(", ", p.Tags)),
            ("Expertise", string.Join(", ", p.Expertise)),
            ("Met", string.Join(" · ", new[] { Formats.Day(p.MetOn), p.HowWeMet ?? "" }.Where(s => s.Length > 0))),
            ("LinkedIn", p.LinkedInUrl),
            ("Website", p.Website),
            ("Notes", p.Notes),
        ]));

        terminal.Line();
        terminal.Write(Tables.Details(
        [
            ("Cadence", p.Cadence?.Description ?? "none (set one: kith cadence <person> 30d)"),
            ("Last contact", p.LastInteractionAt is { } last ? Formats.LocalDay(last, zone) : "nothing logged yet"),
            ("Snoozed until", p.SnoozedUntil is { } s && s > today ? Formats.Day(s) : null),
            ("Next due", p.NextDueOn is { } due ? NextDue(due, p.OverdueOn, today) : null),
        ]));

        terminal.Line();
        if (followUps.TotalCount == 0)
            terminal.Line("No open follow-ups.");
        else
        {
            terminal.Line($"Open follow-ups ({followUps.TotalCount}):");
            var table = Tables.Create("#", "What", "Due");
            foreach (var f in followUps.Items)
                table.AddRow(Tables.Dim($"{f.Id}"), Tables.Cell(f.Description), Tables.Cell(f.IsOverdue ? $"{Formats.Day(f.DueOn)} (overdue)" : Formats.Day(f.DueOn)));
            terminal.Write(table);
        }

        terminal.Line();
        if (timeline.TotalCount == 0)
        {
            terminal.Line("No interactions logged yet.");
            return;
        }
        terminal.Line(timeline.TotalCount > timeline.Items.Count
            ? $"Last {timeline.Items.Count} of {timeline.TotalCount} interactions:"
            : $"Interactions ({timeline.TotalCount}):");
        var log = Tables.Create("When", "Kind", "Summary", "With");
        foreach (var i in timeline.Items)
        {
            var others = string.Join(", ", i.People.Where(x => x.Id != p.Id).Select(x => x.DisplayName));
            log.AddRow(Tables.Cell(Formats.Moment(i.OccurredAt, zone)), Tables.Cell(Vocabulary.Token(i.Kind)), Tables.Cell(i.Summary), Tables.Dim(others));
        }
        terminal.Write(log);
    }

    private static string NextDue(DateOnly due, DateOnly? overdueOn, DateOnly today) =>
        overdueOn is { } o && o < today ? $"{Formats.Day(due)} (overdue since {Formats.Day(o.AddDays(1))})"
        : due <= today ? $"{Formats.Day(due)} (due now)"
        : Formats.Day(due);
}
