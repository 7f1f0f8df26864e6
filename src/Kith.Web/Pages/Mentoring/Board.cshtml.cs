using Kith.Core.Common;
using Kith.Core.Mentoring;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.Mentoring;

/// <summary>
/// My board of mentors: my goals' areas against my current mentors, the gaps with people who could
/// fill them, and what the board as a whole lacks. A suggestion becomes a candidate in one click.
/// </summary>
public sealed class BoardModel(BoardService board, MentorshipService mentorships) : MentoringPageModel
{
    public BoardView Board { get; private set; } = null!;

    /// <summary>The current mentorships as the list shows them (with their rhythm), by id.</summary>
    public IReadOnlyDictionary<int, MentorshipSummary> Summaries { get; private set; } = new Dictionary<int, MentorshipSummary>();

    public bool IsEmpty => Board.Areas.Count == 0 && Board.Mentors.Count == 0;

    /// <summary>The board says so when there are no active goals; then the first step is writing them.</summary>
    public bool HasGoals => Board.Warnings.All(w => w.Code != "no-goals");

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    /// <summary>Makes a suggested person a candidate mentor for one area; the board then shows them in that row.</summary>
    public async Task<IActionResult> OnPostCandidateAsync(int personId, string? area, CancellationToken ct)
    {
        try
        {
            var made = await mentorships.CreateAsync(new MentorshipInput(personId, Areas: area is null ? [] : [area],
                Status: Vocabulary.Token(MentorshipStatus.Candidate)), ct);
            Flash(made.Summary.Areas.Count == 0
                ? $"{made.Summary.Name} is now a candidate mentor. Next: decide when to ask them."
                : $"{made.Summary.Name} is now a candidate mentor for {string.Join(", ", made.Summary.Areas)}. Next: decide when to ask them.");
            return RedirectToPage(null, null, null, "areas");
        }
        catch (ValidationFailedException failure)
        {
            // The board only suggests people who may mentor me, so this is rare (the org chart changed meanwhile).
            ShowActionErrors(failure, "", [.. failure.Errors.Keys]);
            await LoadAsync(ct);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Board = await board.GetAsync(ct);
        var current = await mentorships.ListAsync(new MentorshipQuery(PageSize: Paging.MaxSize), ct);
        Summaries = current.Items.ToDictionary(m => m.Id);
    }
}
