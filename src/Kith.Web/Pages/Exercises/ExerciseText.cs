using System.Globalization;
using Kith.Core.Common;
using Kith.Core.Mentoring;
using Kith.Core.People;

namespace Kith.Web.Pages.Exercises;

/// <summary>How the exercises word mentor kinds, horizons and where people work, in one place.</summary>
public static class ExerciseText
{
    public sealed record KindChoice(string Value, string Label, string Explanation);

    /// <summary>The three kinds of mentor, each with what it means for me; board member first, the core's default.</summary>
    public static IReadOnlyList<KindChoice> Kinds { get; } =
    [
        new(Vocabulary.Token(MentorKind.BoardMember), "Board member",
            "One of several advisers on your personal board of directors, each for an area. Most of your mentors will be this kind."),
        new(Vocabulary.Token(MentorKind.Shepherd), "Shepherd",
            "Guides you through one area or one transition, such as a first management role or a move to another department."),
        new(Vocabulary.Token(MentorKind.GuardianAngel), "Guardian angel",
            "A senior person who looks out for you and speaks up for you in rooms you are not in."),
    ];

    public static string DefaultKind => Kinds[0].Value;

    public static string Kind(MentorKind kind) => Kinds.First(k => k.Value == Vocabulary.Token(kind)).Label;

    public static string Horizon(GoalHorizon horizon) => horizon switch
    {
        GoalHorizon.OneYear => "In one year",
        GoalHorizon.TwoYears => "In two years",
        _ => "Longer term",
    };

    /// <summary>Suggestions grouped as the goals exercise asks: inside my employer, outside it, and people I have not placed yet.</summary>
    public static IReadOnlyList<(string Heading, IReadOnlyList<MentorSuggestion> People)> ByEmployer(IReadOnlyList<MentorSuggestion> suggestions) =>
        new (string Heading, EmployerRelation Employer)[]
            {
                ("Inside your employer", EmployerRelation.Inside),
                ("Outside your employer", EmployerRelation.Outside),
                ("Not sure where they work", EmployerRelation.Unknown),
            }
            .Select(g => (g.Heading, (IReadOnlyList<MentorSuggestion>)suggestions.Where(s => s.Employer == g.Employer).ToList()))
            .Where(g => g.Item2.Count > 0)
            .ToList();

    /// <summary>"Finance · expertise in public speaking; more senior".</summary>
    public static string Why(MentorSuggestion suggestion) =>
        suggestion.Department is { Length: > 0 } department ? $"{department} · {suggestion.Why}" : suggestion.Why;

    /// <summary>"Tue 24 Mar 2026, 12:30", in the zone the time carries (the user's).</summary>
    public static string Time(DateTimeOffset at) => at.ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The machine-readable form for &lt;time datetime&gt;.</summary>
    public static string IsoTime(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture);

    public static string AreaList(IReadOnlyList<string> areas) => areas.Count switch
    {
        0 => "",
        1 => areas[0],
        _ => string.Join(", ", areas.Take(areas.Count - 1)) + " and " + areas[^1],
    };
}

/// <summary>The step indicator: where I am in an exercise, as "Step 2 of 4" and a list marking the current step.</summary>
public sealed record ExerciseSteps(string Exercise, IReadOnlyList<string> Names, int Current)
{
    public string Position => $"Step {Current} of {Names.Count}";

    /// <summary>The page title: "Step 2 of 4: Areas · Goals to mentors".</summary>
    public string Title => $"{Position}: {Names[Current - 1]} · {Exercise}";
}
