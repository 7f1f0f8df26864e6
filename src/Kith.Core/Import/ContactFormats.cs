namespace Kith.Core.Import;

/// <summary>The kinds of file Kith reads people from.</summary>
public enum ImportFormat
{
    /// <summary>Decide from the file's first lines.</summary>
    Auto = 0,
    /// <summary>LinkedIn's Connections.csv.</summary>
    LinkedIn = 1,
    /// <summary>Google Contacts' CSV export.</summary>
    Google = 2,
    /// <summary>Any other CSV, read through a <see cref="ColumnMapping"/>.</summary>
    Csv = 3,
    /// <summary>vCard 2.1, 3.0 or 4.0 (.vcf).</summary>
    VCard = 4,
}

/// <summary>The person fields a CSV column can be mapped to, by their kebab-case token.</summary>
public static class ContactFields
{
    public const string FirstName = "first-name";
    public const string LastName = "last-name";
    /// <summary>"Ana Lima" in one column; split at the last space.</summary>
    public const string FullName = "full-name";
    public const string Nickname = "nickname";
    public const string Email = "email";
    public const string Phone = "phone";
    public const string Organisation = "organisation";
    public const string Department = "department";
    public const string JobTitle = "job-title";
    public const string Notes = "notes";
    public const string Website = "website";
    public const string LinkedInUrl = "linkedin-url";
    public const string MetOn = "met-on";
    public const string Birthday = "birthday";
    /// <summary>One or more tags, separated by commas or semicolons.</summary>
    public const string Tags = "tags";
    /// <summary>The column is not imported.</summary>
    public const string Ignore = "ignore";

    /// <summary>Every token with what it means, in the order a mapping form lists them.</summary>
    public static readonly IReadOnlyList<(string Token, string Label)> All =
    [
        (FirstName, "First name"), (LastName, "Last name"), (FullName, "Full name"), (Nickname, "Nickname"),
        (Email, "E-mail"), (Phone, "Phone"), (Organisation, "Organisation"), (Department, "Department"),
        (JobTitle, "Job title"), (Notes, "Notes"), (Website, "Website"), (LinkedInUrl, "LinkedIn URL"),
        (MetOn, "Met on"), (Birthday, "Birthday"), (Tags, "Tags"), (Ignore, "Don't import"),
    ];

    public static bool IsKnown(string token) => All.Any(f => f.Token == token);
}

/// <summary>Which person field each CSV column feeds, keyed by the column's header text. Several columns may feed e-mail, phone or tags.</summary>
public sealed record ColumnMapping(IReadOnlyDictionary<string, string> FieldByColumn)
{
    public string FieldOf(string column) => FieldByColumn.TryGetValue(column, out var field) ? field : ContactFields.Ignore;
}
