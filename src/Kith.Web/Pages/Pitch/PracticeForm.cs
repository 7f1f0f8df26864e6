using System.Globalization;
using Kith.Core.Pitch;

namespace Kith.Web.Pages.Pitch;

/// <summary>One practice run as posted; the timer script fills DurationSeconds, or it is typed by hand.</summary>
public sealed class PracticeForm
{
    public int? DurationSeconds { get; set; }
    public int? Rating { get; set; }
    public string? PractisedOn { get; set; }
    public string? Notes { get; set; }

    public static PracticeForm Default(DateOnly today) =>
        new() { PractisedOn = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };

    public PracticeInput ToInput() => new(DurationSeconds, Rating, PractisedOn, Notes);
}
