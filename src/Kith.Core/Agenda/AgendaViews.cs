using Kith.Core.People;

namespace Kith.Core.Agenda;

public enum AgendaWindow
{
    /// <summary>What is due today or earlier.</summary>
    Today = 0,
    /// <summary>What comes due by the end of this week (Sunday).</summary>
    Week = 1,
}

public enum AgendaItemKind
{
    Cadence = 0,
    FollowUp = 1,
}

/// <summary>How pressing an item is: past its maximum interval, due, or coming due later in the window.</summary>
public enum Urgency
{
    Upcoming = 0,
    Due = 1,
    Overdue = 2,
}

/// <summary>One suggestion: whom to contact, and why.</summary>
public sealed record AgendaItem(
    AgendaItemKind Kind,
    int PersonId,
    string PersonName,
    IReadOnlyList<PersonRoles> Roles,
    string Reason,
    DateOnly DueOn,
    Urgency Urgency,
    double Score,
    int? FollowUpId,
    string? FollowUpDescription);

public sealed record AgendaView(DateOnly Today, DateOnly Until, AgendaWindow Window, IReadOnlyList<AgendaItem> Items);
