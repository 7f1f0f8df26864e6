using System.CommandLine;
using Kith.Cli.Output;
using Kith.Core.Common;
using Kith.Core.Opportunities;

namespace Kith.Cli.Commands.Opportunities;

/// <summary><c>kith intro step 1 asked|introduced|met [--on …] [--person … | --new "First Last"]</c>.</summary>
internal static class IntroStepCommand
{
    public static Command Create(CommandRunner runner)
    {
        var id = CliOptions.Id("intro-id", "The introduction's number, as 'kith intros' shows it.");
        var step = new Argument<string>("step") { Description = "What happened: asked, introduced or met." };
        var on = CliOptions.Text("--on", "The day it happened: YYYY-MM-DD (default: today).", "date");
        var person = CliOptions.Text("--person", "On met: whom you met, when they are in Kith (default: the person you asked to meet).", "person");
        var met = new MetOptions("Follow up with <first name> after your first meeting", "a week after you met");
        var command = new KithCommand("step", "Record the next step of an introduction: asked, introduced or met.", """
            Steps may be skipped (straight to met), not undone.

            Examples:
              kith intro step 1 asked
              kith intro step 1 introduced --on 2026-03-18
              kith intro step 1 met
              kith intro step 2 met --new "Dana Reyes" --org "Treasury" --on 2026-03-20
            """) { id, step, on, person };
        met.AddTo(command);

        var labels = met.Labels(person.Name);
        labels["Status"] = "<step>";
        labels["On"] = "--on";
        command.SetAction((parse, ct) => runner.RunAsync(parse, labels, async (scope, ct) =>
        {
            var isMet = Vocabulary.TryParse<IntroductionStatus>(parse.GetValue(step), out var status) && status == IntroductionStatus.Met;
            if (!isMet && (parse.GetValue(person) is not null ? person.Name : met.FirstGiven(parse)) is { } early)
                throw new UserError($"{early}: whom you met is recorded with the step met.");
            var whom = isMet ? await met.ReadAsync(parse, scope, parse.GetValue(person), person.Name, ct) : null;

            var intro = await scope.Get<IntroductionService>().AdvanceAsync(parse.GetValue(id),
                new IntroductionStepInput(parse.GetValue(step), parse.GetValue(on), whom), ct);
            if (scope.Json)
                scope.Terminal.Json(intro);
            else
                Print(scope.Terminal, intro);
        }, ct));
        return command;
    }

    private static void Print(Terminal terminal, IntroductionView intro)
    {
        var connector = intro.Connector.DisplayName;
        switch (intro.Status)
        {
            case IntroductionStatus.Met:
                terminal.Line($"Introduction #{intro.Id}: met {intro.Whom} (#{intro.Target!.Id}) on {Formats.Day(intro.MetOn)}, introduced by {connector}.");
                terminal.Line($"Logged the meeting on their timeline; follow-ups set: thank {connector}, and follow up with {intro.Whom}. See: kith follow-up list");
                break;
            case IntroductionStatus.Introduced:
                terminal.Line($"Introduction #{intro.Id}: {connector} introduced you to {intro.Whom} on {Formats.Day(intro.IntroducedOn)}.");
                terminal.Line($"Once you have met: kith intro step {intro.Id} met{(intro.Target is null ? " --new \"First Last\"" : "")}");
                break;
            default:
                terminal.Line($"Introduction #{intro.Id}: asked {connector} on {Formats.Day(intro.AskedOn)} to introduce you to {intro.Whom}.");
                terminal.Line($"Once they have: kith intro step {intro.Id} introduced");
                break;
        }
    }
}
