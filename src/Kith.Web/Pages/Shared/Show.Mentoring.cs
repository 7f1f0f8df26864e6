using System.Globalization;
using Kith.Core.Common;
using Kith.Core.Mentoring;
using Kith.Core.Networking;

namespace Kith.Web.Pages.Shared;

/// <summary>How the mentoring pages word goals, mentorships, meetings and commitments.</summary>
public static partial class Show
{
    /// <summary>"Tue 24 Mar 2026, 12:30" in the offset the time carries (the user's zone).</summary>
    public static string Time(DateTimeOffset at) => at.ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The machine-readable instant for &lt;time datetime&gt;.</summary>
    public static string IsoTime(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture);

    /// <summary>The value a datetime-local input shows and posts: local, without an offset.</summary>
    public static string LocalInput(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    public static string Horizon(GoalHorizon horizon) => horizon switch
    {
        GoalHorizon.OneYear => "One year",
        GoalHorizon.TwoYears => "Two years",
        _ => "Longer term",
    };

    public static string GoalStatus(GoalStatus status) => status.ToString();

    public static string MentorKind(MentorKind kind) => kind switch
    {
        Core.Mentoring.MentorKind.GuardianAngel => "Guardian angel",
        Core.Mentoring.MentorKind.Shepherd => "Shepherd",
        _ => "Board member",
    };

    /// <summary>What each kind of mentor does for me, so the choice on the form means something.</summary>
    public static string MentorKindExplained(MentorKind kind) => kind switch
    {
        Core.Mentoring.MentorKind.GuardianAngel => "A senior person who looks out for you and speaks for you when you are not in the room.",
        Core.Mentoring.MentorKind.Shepherd => "Guides you through one area or one transition, such as moving into management.",
        _ => "One of several advisers on your personal board of directors, each for an area.",
    };

    public static string MentorshipStatus(MentorshipStatus status) => status.ToString();

    /// <summary>The pipeline in its order: candidate → asked → active → paused → ended.</summary>
    public static IReadOnlyList<MentorshipStatus> Pipeline { get; } = Enum.GetValues<MentorshipStatus>();

    public static string MeetingStatus(MeetingStatus status) => status switch
    {
        Core.Mentoring.MeetingStatus.Proposed => "Times offered",
        _ => status.ToString(),
    };

    public static string CommitmentKind(CommitmentKind kind) => kind == Core.Mentoring.CommitmentKind.Request ? "They asked me" : "I promised";

    public static string StatusClass(MentorshipStatus status) => "badge badge-status-" + Vocabulary.Token(status);

    public static IReadOnlyList<(string Value, string Label)> HorizonChoices { get; } =
        [.. Enum.GetValues<GoalHorizon>().Select(h => (Vocabulary.Token(h), Horizon(h)))];

    public static IReadOnlyList<(string Value, string Label)> GoalStatusChoices { get; } =
        [.. Enum.GetValues<GoalStatus>().Select(s => (Vocabulary.Token(s), GoalStatus(s)))];

    public static IReadOnlyList<(string Value, string Label, string Explanation)> MentorKindChoices { get; } =
        [.. Enum.GetValues<MentorKind>().Select(k => (Vocabulary.Token(k), MentorKind(k), MentorKindExplained(k)))];

    public static IReadOnlyList<(string Value, string Label)> MentorshipStatusChoices { get; } =
        [.. Pipeline.Select(s => (Vocabulary.Token(s), MentorshipStatus(s)))];

    public static IReadOnlyList<(string Value, string Label)> CommitmentKindChoices { get; } =
    [
        ("request", "They asked me (my mentor asked me to do it)"),
        ("commitment", "I promised (I said I would do it)"),
    ];

    public static string NetworkingWay(NetworkingWay way) => NetworkingService.Describe(way).Title;
}
