using Kith.Core.Accounts;
using Kith.Core.Common;
using Kith.Core.KeepInTouch;

namespace Kith.Core.People;

/// <summary>Someone I know. Exactly one person per account is <see cref="IsMe"/>.</summary>
public sealed class Person : IAccountScoped
{
    public int Id { get; set; }
    public int AccountId { get; set; }

    public required string FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Nickname { get; set; }
    public bool IsMe { get; set; }

    public string? Organisation { get; set; }
    public string? Department { get; set; }
    public string? JobTitle { get; set; }
    public RelativeLevel Level { get; set; }
    public EmployerRelation Employer { get; set; }
    public PersonRoles Roles { get; set; }

    public string? HowWeMet { get; set; }
    public DateOnly? MetOn { get; set; }
    public string? LinkedInUrl { get; set; }
    public string? Website { get; set; }
    public string? Notes { get; set; }
    public DateOnly? Birthday { get; set; }

    /// <summary>A picture kept from an imported card, with its media type ("image/jpeg").</summary>
    public byte[]? Photo { get; set; }
    public string? PhotoMediaType { get; set; }

    /// <summary>
    /// vCard properties Kith does not understand (X-…, IMPP, ANNIVERSARY…), kept as unfolded content
    /// lines separated by line feeds so an export gives them back.
    /// </summary>
    public string? CardExtras { get; set; }

    /// <summary>The org-chart edge: whom this person reports to.</summary>
    public int? ReportsToId { get; set; }
    public Person? ReportsTo { get; set; }

    // The cadence is stored as three plain columns so both engines can index and filter on it.
    public int? CadenceEvery { get; set; }
    public int? CadenceMax { get; set; }
    public CadenceUnit CadenceUnit { get; set; }

    /// <summary>Keep-in-touch rhythm; null when I have not set one.</summary>
    public Cadence? Cadence
    {
        get => CadenceEvery is { } every ? new Cadence(every, CadenceMax ?? every, CadenceUnit) : null;
        set
        {
            CadenceEvery = value?.Every;
            CadenceMax = value?.Max;
            CadenceUnit = value?.Unit ?? CadenceUnit.Days;
        }
    }
    public DateOnly? SnoozedUntil { get; set; }

    /// <summary>Denormalised from interactions so the agenda and lists need no per-row queries.</summary>
    public DateTime? LastInteractionAt { get; set; }

    /// <summary>
    /// Denormalised with <see cref="LastInteractionAt"/>: the time of the interaction before the last
    /// one (the second latest; equal to the last when two share a time). "More than one interaction
    /// since a day" is then <c>PreviousInteractionAt &gt;= that day</c>, which the weekly plan's ranking
    /// asks of every person without counting anyone's interactions.
    /// </summary>
    public DateTime? PreviousInteractionAt { get; set; }

    /// <summary>Denormalised: the day the cadence next comes due (snooze applied); indexed for the agenda.</summary>
    public DateOnly? NextDueOn { get; set; }

    /// <summary>Denormalised: the day the maximum interval runs out and the person counts as overdue.</summary>
    public DateOnly? OverdueOn { get; set; }

    /// <summary>
    /// Denormalised with <see cref="NextDueOn"/>: the agenda's score for this cadence on a day d is
    /// <c>RankSlope × d.DayNumber − RankOffset</c> (before rounding), a straight line in the day, so
    /// the database can pick the most pressing of tens of thousands of due cadences. See
    /// <see cref="RefreshAgendaRank"/>.
    /// </summary>
    public double? RankSlope { get; set; }

    /// <inheritdoc cref="RankSlope"/>
    public double? RankOffset { get; set; }

    /// <summary>Lower-cased names, organisation and e-mails, for substring search (full-text search comes later).</summary>
    public string SearchText { get; set; } = "";

    /// <summary>
    /// <see cref="Department"/> trimmed and upper-cased (invariant), "" when there is none: the plan
    /// compares departments with it in the database exactly as <see cref="DepartmentKeyOf"/> does in code.
    /// Null only on rows saved before the column existed, until start-up fills them.
    /// </summary>
    public string? DepartmentKey { get; set; }

    /// <summary>The display name folded by <see cref="SortKeyOf"/>, so lists sort "ana" beside "Ana" and "Élodie" before "Zoe" on every engine.</summary>
    public string SortKey { get; set; } = "";

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public List<PersonEmail> Emails { get; set; } = [];
    public List<PersonPhone> Phones { get; set; } = [];
    public List<PersonTag> Tags { get; set; } = [];
    public List<PersonExpertise> Expertise { get; set; } = [];
    public List<PersonAddress> Addresses { get; set; } = [];

    public string DisplayName =>
        string.IsNullOrWhiteSpace(LastName) ? FirstName : $"{FirstName} {LastName}";

    /// <summary>
    /// Recomputes <see cref="NextDueOn"/> and <see cref="OverdueOn"/> after the cadence, the snooze or
    /// the last interaction changed. Without any interaction, the day we met counts as the last
    /// contact; with neither, the person is due from the day they were added.
    /// </summary>
    public void RecomputeNextDue(TimeZoneInfo zone)
    {
        if (Cadence is not { } cadence || IsMe)
        {
            NextDueOn = null;
            OverdueOn = null;
            return;
        }

        DateOnly due, overdue;
        if (LastContactOn(zone) is { } last)
        {
            due = cadence.IdealAfter(last);
            overdue = cadence.MaxAfter(last);
        }
        else
        {
            due = overdue = LocalTime.DayOf(CreatedAt, zone);
        }

        if (SnoozedUntil is { } snooze && snooze > due)
        {
            due = snooze;
            if (overdue < snooze) overdue = snooze;
        }
        NextDueOn = due;
        OverdueOn = overdue;
        RefreshAgendaRank(zone);
    }

    /// <summary>
    /// The agenda's score (<see cref="Agenda.AgendaRules.CadenceLateness"/> times
    /// <see cref="Agenda.AgendaRules.RoleWeight"/>) written as a line in the day: with a last contact
    /// it is weight ÷ ideal days × (day − last contact); without, weight × (1 + (day − due) ÷ ideal days).
    /// </summary>
    public void RefreshAgendaRank(TimeZoneInfo zone)
    {
        if (Cadence is not { } cadence || NextDueOn is not { } due || IsMe)
        {
            RankSlope = RankOffset = null;
            return;
        }
        var weight = Agenda.AgendaRules.RoleWeight(Roles);
        var slope = weight / cadence.IdealDays;
        RankSlope = slope;
        RankOffset = LastContactOn(zone) is { } last ? slope * last.DayNumber : slope * due.DayNumber - weight;
    }

    /// <summary>The local day of the last interaction, else the day we met.</summary>
    public DateOnly? LastContactOn(TimeZoneInfo zone) =>
        LastInteractionAt is { } last ? LocalTime.DayOf(last, zone) : MetOn;

    public const int SearchTextLength = 2_000;
    public const int CardExtrasLength = 64_000;
    public const int PhotoMaxBytes = 1_000_000;

    /// <summary>Refreshes the derived search and sort columns after names or e-mails changed.</summary>
    public void RefreshSearchText()
    {
        // Stored as the words a search compares against, so both engines split "ana.lima@acme.com"
        // and "Élodie" alike: PostgreSQL's parser would otherwise keep an e-mail as one token and the accents.
        var text = PeopleSearch.Searchable(string.Join(' ', new[] { FirstName, LastName, Nickname, Organisation, Department, JobTitle }
            .Concat(Emails.Select(e => e.Address))
            .Where(s => !string.IsNullOrWhiteSpace(s))));
        SearchText = text.Length > SearchTextLength ? text[..SearchTextLength] : text;
        SortKey = SortKeyOf(DisplayName);
        DepartmentKey = DepartmentKeyOf(Department);
    }

    /// <summary>
    /// How departments are compared: trimmed, case ignored (ordinal, invariant upper case, as
    /// <see cref="StringComparison.OrdinalIgnoreCase"/> compares), blank as none ("").
    /// </summary>
    public static string DepartmentKeyOf(string? department) =>
        string.IsNullOrWhiteSpace(department) ? "" : department.Trim().ToUpperInvariant();

    /// <summary>
    /// Counts a new interaction at <paramref name="at"/> into <see cref="LastInteractionAt"/> and
    /// <see cref="PreviousInteractionAt"/>, the two latest.
    /// </summary>
    public void AddInteractionAt(DateTime at)
    {
        if (LastInteractionAt is not { } last || at >= last)
        {
            PreviousInteractionAt = LastInteractionAt;
            LastInteractionAt = at;
        }
        else if (PreviousInteractionAt is not { } previous || at > previous)
        {
            PreviousInteractionAt = at;
        }
    }

    /// <summary>Lower case without accents, so "Élodie" sorts with the e's on every engine.</summary>
    public static string SortKeyOf(string name)
    {
        var decomposed = name.Normalize(System.Text.NormalizationForm.FormD);
        var kept = decomposed.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark);
        return new string(kept.ToArray()).Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant();
    }
}
