using System.Globalization;
using Kith.Core.Opportunities;
using Kith.Core.People;

namespace Kith.Web.Pages.Introductions;

/// <summary>A new introduction as posted; property names match <see cref="IntroductionInput"/> so errors land on their fields.</summary>
public sealed class IntroductionForm
{
    public int? ConnectorId { get; set; }
    public int? TargetId { get; set; }
    public string? TargetDescription { get; set; }
    public string? Reason { get; set; }

    public IntroductionInput ToInput() => new(ConnectorId, TargetId, TargetDescription, Reason);
}

/// <summary>Asked, or introduced, on a day.</summary>
public sealed class StepForm
{
    public string? Status { get; set; }
    public string? On { get; set; }

    public static StepForm Next(IntroductionView intro, DateOnly today) => new()
    {
        Status = intro.Status == IntroductionStatus.ToAsk ? "asked" : "introduced",
        On = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public IntroductionStepInput ToInput() => new(Status, On);
}

/// <summary>"We met": the day, and the person met, chosen from my people or entered by name.</summary>
public sealed class MeetingForm
{
    public string? On { get; set; }
    public int? PersonId { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Organisation { get; set; }

    public bool IsNewPerson =>
        !string.IsNullOrWhiteSpace(FirstName) || !string.IsNullOrWhiteSpace(LastName) || !string.IsNullOrWhiteSpace(Organisation);

    public static MeetingForm For(IntroductionView intro, DateOnly today) =>
        new() { On = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), PersonId = intro.Target?.Id };

    // Neither chosen: the core falls back to the person named when the introduction was added, or says to choose.
    public IntroductionStepInput ToInput() => new("met", On,
        PersonId is null && !IsNewPerson ? null
            : new MetInput(PersonId, IsNewPerson ? new PersonInput { FirstName = FirstName, LastName = LastName, Organisation = Organisation } : null));
}
