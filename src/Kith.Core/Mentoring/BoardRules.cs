using Kith.Core.People;

namespace Kith.Core.Mentoring;

/// <summary>
/// What the board says about my mentors as a whole, kept pure: the aim is several mentors, not all
/// from my department, some outside my employer, none gone quiet, and none in my reporting line.
/// </summary>
public static class BoardRules
{
    public sealed record Mentor(int MentorshipId, int? PersonId, string Name, MentorshipStatus Status, string? Department,
        EmployerRelation Employer, DateOnly? LastMetOn, DateOnly? NextMeetingDueOn, string? Rhythm, DateOnly StatusSince, BossRelation Boss);

    public static IReadOnlyList<BoardWarning> Warnings(IReadOnlyList<Mentor> current, string? myDepartment, int goals, int gaps, DateOnly today)
    {
        var warnings = new List<BoardWarning>();
        var active = current.Where(m => m.Status == MentorshipStatus.Active && m.PersonId is not null).ToList();
        var people = active.DistinctBy(m => m.PersonId).ToList();

        if (goals == 0)
            warnings.Add(new("no-goals", "You have no active goals yet. Write down where you want to be in one year, two years and later; the board then shows the areas where mentors would help."));
        if (people.Count == 0)
            warnings.Add(new("no-mentors", "You have no active mentors yet. Aim for several, each for an area your goals need."));
        else if (people.Count == 1)
            warnings.Add(new("one-mentor", $"{people[0].Name} is your only mentor. Aim for several: a guardian angel, a shepherd for a transition, and a board of advisers each covering an area.", people[0].MentorshipId, people[0].PersonId));

        if (people.Count > 0 && !string.IsNullOrWhiteSpace(myDepartment)
            && people.All(m => string.Equals(m.Department?.Trim(), myDepartment.Trim(), StringComparison.OrdinalIgnoreCase)))
            warnings.Add(new("same-department", people.Count == 1
                ? $"Your mentor sits in your own department ({myDepartment}). Someone from another department sees how decisions are made elsewhere."
                : $"All your mentors sit in your own department ({myDepartment}). Someone from another department sees how decisions are made elsewhere."));
        if (people.Count > 0 && people.All(m => m.Employer != EmployerRelation.Outside))
            warnings.Add(new("none-outside", "None of your mentors is outside your employer. Someone outside sees your field, not only your company, and can speak freely about your next move."));

        foreach (var m in active.Where(m => m.NextMeetingDueOn is { } due && due < today))
        {
            var since = m.LastMetOn is { } last ? $"you last met {Ago(last, today)}" : $"you have not met since it became active {Ago(m.StatusSince, today)}";
            warnings.Add(new("quiet", $"{m.Name} has gone quiet: {since}, and you meant to meet {m.Rhythm}. Propose a few times.", m.MentorshipId, m.PersonId));
        }
        foreach (var m in current.Where(m => m.Boss != BossRelation.None))
        {
            var role = m.Boss == BossRelation.Boss ? "your boss" : "your boss's boss";
            warnings.Add(new("boss-conflict", $"{m.Name} is now {role} in your org chart, so they can no longer be your mentor. End this mentorship and find a mentor outside your reporting line.", m.MentorshipId, m.PersonId));
        }
        if (gaps > 0)
            warnings.Add(new("gaps", gaps == 1 ? "One area your goals need has no mentor yet." : $"{gaps} areas your goals need have no mentor yet."));
        return warnings;
    }

    /// <summary>Orders people who could mentor an area: expertise before a matching tag, then more senior, then outside my employer.</summary>
    public static double SuggestionScore(bool byExpertise, RelativeLevel level, EmployerRelation employer, PersonRoles roles) =>
        (byExpertise ? 4 : 2)
        + (level == RelativeLevel.MoreSenior ? 1 : 0)
        + (employer == EmployerRelation.Outside ? 0.5 : 0)
        + (roles.HasFlag(PersonRoles.Mentor) ? 0.25 : 0);

    private static string Ago(DateOnly day, DateOnly today) => Agenda.AgendaRules.Ago(day, today);
}
