using System.Globalization;
using Kith.Core.Interactions;
using Kith.Core.KeepInTouch;

namespace Kith.Web.Pages.People;

/// <summary>"Log an interaction" as posted; property names match <see cref="InteractionInput"/> so errors land on the right field.</summary>
public sealed class LogForm
{
    public string? Kind { get; set; }
    public string? OccurredAt { get; set; }
    public string? Summary { get; set; }
    public string? Notes { get; set; }
    public string? Exchange { get; set; }
    /// <summary>Everyone else who was there; the person whose page this is always is.</summary>
    public List<int>? OtherPersonIds { get; set; }

    public static LogForm Default(DateOnly today) => new()
    {
        Kind = "coffee",
        OccurredAt = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Exchange = "neither",
    };

    public InteractionInput ToInput(int personId) => new()
    {
        PersonIds = [personId, .. OtherPersonIds ?? []],
        OccurredAt = OccurredAt, Kind = Kind, Summary = Summary, Notes = Notes, Exchange = Exchange,
    };
}

public sealed class CadenceForm
{
    public int? Every { get; set; }
    public string? Unit { get; set; }
    public int? Max { get; set; }

    public static CadenceForm From(CadenceView? cadence) => cadence is null
        ? new() { Unit = "weeks" }
        : new() { Every = cadence.Every, Max = cadence.Max, Unit = cadence.Unit.ToString().ToLowerInvariant() };

    public CadenceInput ToInput() => new() { Every = Every, Unit = Unit, Max = Max };
}

public sealed class SnoozeForm
{
    public string? Until { get; set; }
}

public sealed class FollowUpForm
{
    public string? Description { get; set; }
    public string? DueOn { get; set; }

    public static FollowUpForm Default(DateOnly today) =>
        new() { DueOn = today.AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };

    public FollowUpInput ToInput(int personId) => new() { PersonId = personId, Description = Description, DueOn = DueOn };
}
