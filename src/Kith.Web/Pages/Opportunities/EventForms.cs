using System.Globalization;
using Kith.Core.Opportunities;
using Kith.Core.People;
using Kith.Web.Pages.Shared;

namespace Kith.Web.Pages.Opportunities;

/// <summary>An event as posted; property names match <see cref="EventInput"/> so errors land on their fields.</summary>
public sealed class EventForm
{
    public string? Title { get; set; }
    /// <summary>Local wall-clock time from a datetime-local input, e.g. 2026-04-02T18:30.</summary>
    public string? StartsAt { get; set; }
    public int? DurationMinutes { get; set; } = 120;
    public string? Location { get; set; }
    /// <summary>Empty keeps the opportunity's usual buddy.</summary>
    public int? BuddyId { get; set; }

    public static EventForm From(EventView e) => new()
    {
        Title = e.Title, StartsAt = Show.LocalInput(e.StartsAt), DurationMinutes = e.DurationMinutes, Location = e.Location, BuddyId = e.Buddy?.Id,
    };

    public EventInput ToInput() => new(Title, StartsAt, DurationMinutes, Location, BuddyId);
}

/// <summary>
/// "I met someone": an existing person from the picker, or a new one by name. Both or neither
/// go to the core as typed, so its message says which to choose.
/// </summary>
public sealed class MetForm
{
    public int? PersonId { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Organisation { get; set; }
    public string? FollowUpOn { get; set; }

    public bool IsNewPerson =>
        !string.IsNullOrWhiteSpace(FirstName) || !string.IsNullOrWhiteSpace(LastName) || !string.IsNullOrWhiteSpace(Organisation);

    public MetInput ToInput() => new(
        PersonId,
        IsNewPerson ? new PersonInput { FirstName = FirstName, LastName = LastName, Organisation = Organisation } : null,
        FollowUpOn);

    public static MetForm Default(DateOnly followUpOn) =>
        new() { FollowUpOn = followUpOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
}
