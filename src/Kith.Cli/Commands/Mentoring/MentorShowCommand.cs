using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.Mentoring;
using Spectre.Console;

namespace Kith.Cli.Commands.Mentoring;

/// <summary><c>kith mentor show 3</c>: one mentorship with its history, meetings, commitments and my response times.</summary>
internal static class MentorShowCommand
{
    public static Command Create(CommandRunner runner)
    {
        var id = CliOptions.Id("mentorship-id", "The mentorship's number, as 'kith mentor list' shows it.");
        var command = new KithCommand("show", "Show a mentorship: status history, meetings, commitments, your response times.", """
            Examples:
              kith mentor show 3
              kith mentor show 3 --json
            """) { id };

        command.SetAction((parse, ct) => runner.RunAsync(parse, new FieldLabels(), async (scope, ct) =>
        {
            var detail = await scope.Get<MentorshipService>().GetAsync(parse.GetValue(id), ct);
            if (scope.Json)
                scope.Terminal.Json(detail);
            else
                Print(scope.Terminal, detail);
        }, ct));
        return command;
    }

    private static void Print(Terminal terminal, MentorshipDetail d)
    {
        var m = d.Summary;
        terminal.Line($"Mentorship #{m.Id}: {m.Name}{(m.PersonId is { } pid ? $" (#{pid})" : "")}");
        if (d.BossConflict is { } conflict)
            terminal.Line($"! {conflict}");
        terminal.Write(Tables.Details(
        [
            ("Kind", Formats.Words(m.Kind)),
            ("Status", $"{Formats.Words(m.Status)} since {Formats.Day(m.StatusSince)}"),
            ("Areas", Formats.List(m.Areas)),
            ("Ask on", m.Status == MentorshipStatus.Candidate ? Formats.Day(m.AskOn) : null),
            ("Meet", m.Rhythm),
            ("Last met", Formats.Day(m.LastMetOn)),
            ("Next meeting", MeetingTables.NextDue(m.NextMeetingDueOn, m.IsQuiet)),
            ("Expectations", d.Expectations),
        ]));

        terminal.Line();
        terminal.Line("History:");
        var history = Tables.Create("On", "Status", "Note");
        foreach (var h in d.History)
            history.AddRow(Tables.Cell(Formats.Day(h.On)), Tables.Cell(Formats.Words(h.Status)), Tables.Cell(h.Note));
        terminal.Write(history);

        terminal.Line();
        if (d.Meetings.Count == 0)
            terminal.Line(m.PersonId is null ? "No meetings." : $"No meetings yet. Offer some times: kith meeting propose {m.Id} --time …");
        else
        {
            terminal.Line($"Meetings ({d.Meetings.Count}):");
            terminal.Write(MeetingTables.List(d.Meetings));
        }

        terminal.Line();
        if (d.Commitments.Count == 0)
            terminal.Line($"Nothing asked or promised yet. Note it: kith commitment add {m.Id} \"…\" --due …");
        else
        {
            terminal.Line($"Requests and commitments ({d.Commitments.Count}):");
            terminal.Write(CommitmentTables.List(d.Commitments, withMentor: false));
            terminal.Line($"Your response times: {ResponseTimes.Describe(d.Responses)}");
        }
    }
}
