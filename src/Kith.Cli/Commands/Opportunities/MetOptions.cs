using System.CommandLine;
using Kith.Core.Opportunities;
using Kith.Core.People;

namespace Kith.Cli.Commands.Opportunities;

/// <summary>
/// Whom I met, at an event or through an introduction: someone already in Kith, or a new person
/// added on the spot (<c>--new "First Last" --org …</c>), and the follow-up to set.
/// </summary>
/// <param name="followUpText">The follow-up the service sets unless told otherwise, for the help text.</param>
/// <param name="followUpDue">When it is due unless told otherwise, for the help text.</param>
internal sealed class MetOptions(string followUpText, string followUpDue)
{
    public Option<string?> New { get; } = CliOptions.Text("--new", "Someone not in Kith yet: \"First Last\". They are added.", "name");
    public Option<string?> Org { get; } = CliOptions.Text("--org", "The new person's organisation (with --new).", "organisation");
    public Option<string?> FollowUp { get; } = CliOptions.Text("--follow-up", $"What to follow up with them about (default: \"{followUpText}\").");
    public Option<string?> FollowUpOn { get; } = CliOptions.Text("--follow-up-on", $"When that follow-up is due: YYYY-MM-DD (default: {followUpDue}).", "date");

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { New, Org, FollowUp, FollowUpOn })
            command.Options.Add(option);
    }

    /// <summary>Core's field names as typed: the person met may be an existing one or a new one.</summary>
    public FieldLabels Labels(string personLabel) => new()
    {
        ["PersonId"] = $"{personLabel}/{New.Name}",
        ["Met"] = $"{personLabel}/{New.Name}",
        ["FirstName"] = New.Name,
        ["LastName"] = New.Name,
        ["Organisation"] = Org.Name,
        ["FollowUpOn"] = FollowUpOn.Name,
        ["DueOn"] = FollowUpOn.Name,
        ["FollowUp"] = FollowUp.Name,
        ["Description"] = FollowUp.Name,
    };

    /// <summary>The person met, or null when neither an existing nor a new one was named.</summary>
    public async Task<MetInput?> ReadAsync(ParseResult parse, CommandScope scope, string? person, string personLabel, CancellationToken ct)
    {
        var fresh = parse.GetValue(New);
        if (person is not null && fresh is not null)
            throw new UserError($"{New.Name}: name someone already in Kith ({personLabel}) or a new person, not both.");
        if (parse.GetValue(Org) is not null && fresh is null)
            throw new UserError($"{Org.Name}: only for a new person, with {New.Name}.");
        if (person is null && fresh is null)
            return null;

        var followUp = parse.GetValue(FollowUp);
        var followUpOn = parse.GetValue(FollowUpOn);
        if (person is not null)
            return new MetInput((await scope.PersonAsync(person, personLabel, ct)).Id, FollowUpOn: followUpOn, FollowUp: followUp);

        // As 'kith add' reads a name: the first word is the first name, the rest the last name.
        var parts = fresh!.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var input = new PersonInput { FirstName = parts.ElementAtOrDefault(0) ?? "", LastName = parts.ElementAtOrDefault(1), Organisation = parse.GetValue(Org) };
        return new MetInput(NewPerson: input, FollowUpOn: followUpOn, FollowUp: followUp);
    }

    /// <summary>The first of these options given, if any: they only mean something once someone was met.</summary>
    public string? FirstGiven(ParseResult parse) =>
        new[] { New, Org, FollowUp, FollowUpOn }.FirstOrDefault(o => parse.GetValue(o) is not null)?.Name;
}
