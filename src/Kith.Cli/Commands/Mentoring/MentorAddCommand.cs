using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.Common;
using Kith.Core.Mentoring;

namespace Kith.Cli.Commands.Mentoring;

/// <summary><c>kith mentor add ana --kind shepherd --area …</c> or <c>--seeking "someone who…"</c>: a new mentorship, a candidate by default.</summary>
internal static class MentorAddCommand
{
    public static Command Create(CommandRunner runner)
    {
        var person = new Argument<string?>("person")
        {
            Description = "The mentor: an id or a name. Leave it out and give --seeking while you are still looking.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var seeking = CliOptions.Text("--seeking", "Whom you are looking for, while no one is chosen: \"someone who has led a reorganisation\".", "description");
        var kind = CliOptions.Text("--kind", "guardian-angel (looks out for you, speaks for you), shepherd (guides you through one area or transition) " +
            "or board-member (one of several advisers, each for an area; the default).", "kind");
        var areas = CliOptions.List("--area", "An area they mentor you in, e.g. \"public speaking\".", "area");
        var status = CliOptions.Text("--status", $"Where it stands: {Vocabulary.Choices<MentorshipStatus>()} (default: candidate).", "status");
        var askOn = CliOptions.Text("--ask-on", "The day you mean to ask them: YYYY-MM-DD; 'kith due' reminds you.", "date");
        var every = CliOptions.Text("--every", "How often you mean to meet once active: 4w, 6w, 3m; 'kith due' says when a meeting is due.", "interval");
        var expectations = CliOptions.Text("--expectations", "What you agreed: how often, how, what each of you expects.");

        var command = new KithCommand("add", "Add a mentor (or the mentor you are looking for) for some areas.", """
            Your boss and your boss's boss are refused, with the reason.

            Examples:
              kith mentor add "Ana Lima" --kind guardian-angel --area "how decisions get made here"
              kith mentor add 12 --kind shepherd --area "moving into management" --status active --every 6w
              kith mentor add --seeking "someone who has run a P&L" --area finance --ask-on 2026-04-01
            """) { person, seeking, kind, areas, status, askOn, every, expectations };

        var labels = new FieldLabels
        {
            ["PersonId"] = "<person>", ["Areas"] = "--area", ["MeetEvery"] = "--every", ["MeetUnit"] = "--every",
        };
        command.SetAction((parse, ct) => runner.RunAsync(parse, labels, async (scope, ct) =>
        {
            var who = parse.GetValue(person);
            if (who is not null && parse.GetValue(seeking) is not null)
                throw new UserError("--seeking: name the person or describe whom you are looking for, not both.");
            var rhythm = parse.GetValue(every) is { } e ? IntervalText.Parse(e, null, "--every", "--every") : null;
            int? personId = who is not null ? (await scope.PersonAsync(who, "<person>", ct)).Id : null;

            var added = await scope.Get<MentorshipService>().CreateAsync(new MentorshipInput(personId,
                Seeking: parse.GetValue(seeking),
                Kind: parse.GetValue(kind),
                Areas: parse.GetValue(areas),
                Status: parse.GetValue(status),
                AskOn: parse.GetValue(askOn),
                Expectations: parse.GetValue(expectations),
                MeetEvery: rhythm?.Every,
                MeetUnit: rhythm?.Unit), ct);

            if (scope.Json)
            {
                scope.Terminal.Json(added);
                return;
            }
            var m = added.Summary;
            var about = m.Areas.Count > 0 ? $" for {Formats.List(m.Areas)}" : "";
            scope.Terminal.Line($"Added mentorship #{m.Id}: {m.Name}, {Formats.Words(m.Kind)}{about}; {Formats.Words(m.Status)} since {Formats.Day(m.StatusSince)}.");
            if (m.AskOn is { } ask && m.Status == MentorshipStatus.Candidate)
                scope.Terminal.Line($"{(m.PersonId is null ? "Find" : "Ask")} them by {Formats.DayWithWeekday(ask)}; 'kith due' reminds you.");
            if (m.Rhythm is { } r)
                scope.Terminal.Line($"Meet {r}{(m.NextMeetingDueOn is { } next ? $"; next meeting due {Formats.Day(next)}" : " once it is active")}.");
            if (m.PersonId is not null && m.Status == MentorshipStatus.Candidate)
                scope.Terminal.Line($"Once you have asked: kith mentor status {m.Id} asked");
        }, ct));
        return command;
    }
}
