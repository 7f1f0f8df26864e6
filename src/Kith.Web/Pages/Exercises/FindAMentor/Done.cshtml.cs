using Kith.Core.Mentoring;

namespace Kith.Web.Pages.Exercises.FindAMentor;

/// <summary>The end of the exercise: what is now on the agenda, and where to see it.</summary>
public sealed class DoneModel(MentorshipService mentorships) : KithPageModel
{
    public MentorshipDetail Mentorship { get; private set; } = null!;

    public async Task OnGetAsync(int mentorship, CancellationToken ct) =>
        Mentorship = await mentorships.GetAsync(mentorship, ct);
}
