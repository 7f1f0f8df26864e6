using System.Globalization;
using Kith.Core.Common;
using Kith.Core.Opportunities;
using Kith.Core.Pitch;

namespace Kith.Web.Pages.Shared;

/// <summary>Words and formats for opportunities, events, introductions and the pitch.</summary>
public static partial class Show
{
    public static string Kind(OpportunityKind kind) => kind switch
    {
        OpportunityKind.Association => "Professional association",
        OpportunityKind.Mixer => "Mixer",
        OpportunityKind.SportsLeague => "Sports league",
        OpportunityKind.Committee => "Committee",
        OpportunityKind.UnionRole => "Union or representative role",
        OpportunityKind.Volunteering => "Volunteering",
        _ => "Other",
    };

    public static IReadOnlyList<(string Value, string Label)> OpportunityKindChoices { get; } =
        [.. Enum.GetValues<OpportunityKind>().Select(k => (Vocabulary.Token(k), Kind(k)))];

    public static string Status(IntroductionStatus status) => status switch
    {
        IntroductionStatus.ToAsk => "To ask",
        IntroductionStatus.Asked => "Asked",
        IntroductionStatus.Introduced => "Introduced",
        _ => "Met",
    };

    public static string Audience(PitchAudience audience) => audience switch
    {
        PitchAudience.Everyday => "Everyday: what I do now",
        PitchAudience.Event => "At an event",
        _ => "Job search",
    };

    /// <summary>"45 seconds", "1 min 05 s".</summary>
    public static string Seconds(int seconds) => seconds switch
    {
        1 => "1 second",
        < 60 => $"{seconds} seconds",
        _ => $"{seconds / 60} min {seconds % 60:00} s",
    };

    /// <summary>"90 minutes", "2 hours", "2 h 30 min".</summary>
    public static string Minutes(int minutes) => minutes switch
    {
        < 60 or 90 => $"{minutes} minutes",
        _ when minutes % 60 == 0 => minutes == 60 ? "1 hour" : $"{minutes / 60} hours",
        _ => $"{minutes / 60} h {minutes % 60} min",
    };

    public static string Count(int n, string one, string many) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);
}
