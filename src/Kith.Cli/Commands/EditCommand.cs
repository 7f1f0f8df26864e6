using System.CommandLine;
using Kith.Core.Common;
using Kith.Core.People;

namespace Kith.Cli.Commands;

/// <summary><c>kith edit me --reports-to Bruno</c>: changes only the fields given, keeping the rest.</summary>
internal static class EditCommand
{
    private const string Summary = "Change some details of a person (or of yourself: 'me'), keeping the rest.";

    private const string Details = """
        Only the options you give change. A list option (--email, --tag, --role…) replaces that
        whole list. --reports-to none clears the manager.

        Your own record ('me') holds your department and your boss: the mentor board
        reads them, and your boss and your boss's boss can never be your mentors.

        Examples:
          kith edit me --department Sales --reports-to "Bruno Costa"
          kith edit "Ana Lima" --title "Head of Treasury" --expertise finance --expertise budgeting
          kith edit 42 --reports-to none
        """;

    public static Command Create(CommandRunner runner)
    {
        var who = new Argument<string>("person") { Description = "The person: an id (42), a name, or me." };
        var first = CliOptions.Text("--first", "First name.");
        var last = CliOptions.Text("--last", "Last name.");
        var o = new PersonOptions();
        var command = new KithCommand("edit", Summary, Details) { who, first, last };
        o.AddTo(command);
        CliOptions.OneOf(command, o.Inside, o.Outside);

        command.SetAction((parse, ct) =>
        {
            var labels = o.Labels();
            labels["FirstName"] = "--first";
            labels["LastName"] = "--last";
            return runner.RunAsync(parse, labels, async (scope, ct) =>
            {
                var people = scope.Get<PeopleService>();
                var text = parse.GetValue(who);
                var id = string.Equals(text?.Trim(), "me", StringComparison.OrdinalIgnoreCase)
                    ? await people.MeIdAsync(ct)
                    : (await scope.PersonAsync(text, "<person>", ct)).Id;
                var p = await people.GetAsync(id, ct);
                bool Given(Option option) => parse.GetResult(option) is { Implicit: false };

                var typed = await o.ReadAsync(parse, scope, ct, allowNone: true);
                var input = new PersonInput
                {
                    FirstName = Given(first) ? parse.GetValue(first) : p.FirstName,
                    LastName = Given(last) ? parse.GetValue(last) : p.LastName,
                    Nickname = Given(o.Nickname) ? typed.Nickname : p.Nickname,
                    Emails = Given(o.Emails) ? typed.Emails : p.Emails,
                    Phones = Given(o.Phones) ? typed.Phones : p.Phones,
                    Organisation = Given(o.Organisation) ? typed.Organisation : p.Organisation,
                    Department = Given(o.Department) ? typed.Department : p.Department,
                    JobTitle = Given(o.JobTitle) ? typed.JobTitle : p.JobTitle,
                    Level = Given(o.Level) ? typed.Level : p.Level == RelativeLevel.Unknown ? null : Vocabulary.Token(p.Level),
                    Employer = Given(o.Inside) || Given(o.Outside) ? typed.Employer : p.Employer == EmployerRelation.Unknown ? null : Vocabulary.Token(p.Employer),
                    Roles = Given(o.Roles) ? typed.Roles : p.Roles.Select(Vocabulary.Token).ToList(),
                    Tags = Given(o.Tags) ? typed.Tags : p.Tags,
                    Expertise = Given(o.Expertise) ? typed.Expertise : p.Expertise,
                    MetOn = Given(o.MetOn) ? typed.MetOn : p.MetOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    HowWeMet = Given(o.HowWeMet) ? typed.HowWeMet : p.HowWeMet,
                    LinkedInUrl = Given(o.LinkedIn) ? typed.LinkedInUrl : p.LinkedInUrl,
                    Website = Given(o.Website) ? typed.Website : p.Website,
                    Notes = Given(o.Notes) ? typed.Notes : p.Notes,
                    ReportsToId = Given(o.ReportsTo) ? typed.ReportsToId : p.ReportsTo?.Id,
                };
                var updated = await people.UpdateAsync(id, input, ct);
                if (scope.Json)
                {
                    scope.Terminal.Json(updated);
                    return;
                }
                scope.Terminal.Line($"Updated {(updated.IsMe ? "your own record" : updated.DisplayName)} (#{updated.Id}).");
                if (Given(o.ReportsTo))
                    scope.Terminal.Line(updated.ReportsTo is { } boss ? $"Reports to {boss.DisplayName} (#{boss.Id})." : "Reports to nobody recorded.");
            }, ct);
        });
        return command;
    }
}
