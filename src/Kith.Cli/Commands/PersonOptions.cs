using System.CommandLine;
using Kith.Core.People;

namespace Kith.Cli.Commands;

/// <summary>The options that describe a person, turned into a <see cref="PersonInput"/>.</summary>
internal sealed class PersonOptions
{
    public Option<string?> Nickname { get; } = CliOptions.Text("--nickname", "What they like to be called.");
    public Option<string[]> Emails { get; } = CliOptions.List("--email", "E-mail address.", "address");
    public Option<string[]> Phones { get; } = CliOptions.List("--phone", "Phone number.", "number");
    public Option<string?> Organisation { get; } = CliOptions.Text("--org", "Organisation or company.");
    public Option<string?> Department { get; } = CliOptions.Text("--department", "Department.");
    public Option<string?> JobTitle { get; } = CliOptions.Text("--title", "Job title.");
    public Option<string?> Level { get; } = CliOptions.Text("--level", "Seniority relative to you: more-senior, peer or more-junior.", "level");
    public Option<bool> Inside { get; } = CliOptions.Flag("--inside", "Works for your employer.");
    public Option<bool> Outside { get; } = CliOptions.Flag("--outside", "Works elsewhere.");
    public Option<string[]> Roles { get; } = CliOptions.List("--role", "What they are to you: mentor, colleague, customer, vendor, management, former-colleague, industry-peer, friend.", "role");
    public Option<string[]> Tags { get; } = CliOptions.List("--tag", "A free label, e.g. \"book club\".", "tag");
    public Option<string[]> Expertise { get; } = CliOptions.List("--expertise", "Something they know well, e.g. finance.", "area");
    public Option<string?> MetOn { get; } = CliOptions.Text("--met", "The day you met: YYYY-MM-DD.", "date");
    public Option<string?> HowWeMet { get; } = CliOptions.Text("--how-we-met", "Where or how you met.");
    public Option<string?> LinkedIn { get; } = CliOptions.Text("--linkedin", "LinkedIn profile address.", "url");
    public Option<string?> Website { get; } = CliOptions.Text("--website", "Web site, starting with http:// or https://.", "url");
    public Option<string?> Notes { get; } = CliOptions.Text("--notes", "Private notes.");
    public Option<string?> ReportsTo { get; } = CliOptions.Text("--reports-to", "Their manager: a person's id or name.", "person");

    public void AddTo(Command command)
    {
        Option[] all = [Nickname, Emails, Phones, Organisation, Department, JobTitle, Level, Inside, Outside,
            Roles, Tags, Expertise, MetOn, HowWeMet, LinkedIn, Website, Notes, ReportsTo];
        foreach (var option in all)
            command.Options.Add(option);
    }

    /// <summary>Core's field names as the user typed them.</summary>
    public FieldLabels Labels() => new()
    {
        ["Emails"] = Emails.Name,
        ["Phones"] = Phones.Name,
        ["Organisation"] = Organisation.Name,
        ["JobTitle"] = JobTitle.Name,
        ["Employer"] = $"{Inside.Name}/{Outside.Name}",
        ["Roles"] = Roles.Name,
        ["Tags"] = Tags.Name,
        ["MetOn"] = MetOn.Name,
        ["LinkedInUrl"] = LinkedIn.Name,
        ["ReportsToId"] = ReportsTo.Name,
    };

    /// <summary>The options as a person input; with <paramref name="allowNone"/>, "--reports-to none" means no manager.</summary>
    public async Task<PersonInput> ReadAsync(ParseResult parse, CommandScope scope, CancellationToken ct, bool allowNone = false) => new()
    {
        Nickname = parse.GetValue(Nickname),
        Emails = parse.GetValue(Emails),
        Phones = parse.GetValue(Phones),
        Organisation = parse.GetValue(Organisation),
        Department = parse.GetValue(Department),
        JobTitle = parse.GetValue(JobTitle),
        Level = parse.GetValue(Level),
        Employer = parse.GetValue(Inside) ? "inside" : parse.GetValue(Outside) ? "outside" : null,
        Roles = parse.GetValue(Roles),
        Tags = parse.GetValue(Tags),
        Expertise = parse.GetValue(Expertise),
        MetOn = parse.GetValue(MetOn),
        HowWeMet = parse.GetValue(HowWeMet),
        LinkedInUrl = parse.GetValue(LinkedIn),
        Website = parse.GetValue(Website),
        Notes = parse.GetValue(Notes),
        ReportsToId = parse.GetValue(ReportsTo) is { } boss && !(allowNone && boss.Trim().Equals("none", StringComparison.OrdinalIgnoreCase))
            ? (await scope.PersonAsync(boss, ReportsTo.Name, ct)).Id
            : null,
    };
}
