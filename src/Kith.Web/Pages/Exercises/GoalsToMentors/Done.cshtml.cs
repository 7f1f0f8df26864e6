using Kith.Core.Mentoring;

namespace Kith.Web.Pages.Exercises.GoalsToMentors;

/// <summary>The end of the exercise: the goals, the mentors and their first steps, and what the board now shows.</summary>
public sealed class DoneModel(GoalService goalService, MentorshipService mentorshipService, BoardService board) : KithPageModel
{
    public IReadOnlyList<GoalDetail> Goals { get; private set; } = [];

    public IReadOnlyList<MentorshipDetail> Mentorships { get; private set; } = [];

    public BoardView Board { get; private set; } = null!;

    public async Task OnGetAsync(string? goals, string? mentorships, CancellationToken ct)
    {
        var found = new List<GoalDetail>();
        foreach (var id in IdList.Parse(goals))
            found.Add(await goalService.GetAsync(id, ct));
        Goals = found;
        var made = new List<MentorshipDetail>();
        foreach (var id in IdList.Parse(mentorships))
            made.Add(await mentorshipService.GetAsync(id, ct));
        Mentorships = made;
        Board = await board.GetAsync(ct);
    }
}
