using Kith.Core.Common;
using Kith.Core.Mentoring;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.Mentoring.Goals;

/// <summary>My goals at one year, two years and longer, and a form to add one.</summary>
public sealed class IndexModel(GoalService goals) : MentoringPageModel, IGoalFormPage
{
    // Nobody keeps hundreds of goals; one page of the largest size shows them all.
    private const int AllGoals = Paging.MaxSize;

    [BindProperty]
    public GoalForm Input { get; set; } = GoalForm.Default();

    public IReadOnlyList<IGrouping<GoalHorizon, GoalSummary>> ByHorizon { get; private set; } = [];
    public int Count { get; private set; }

    public bool EditsStatus => false;

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var goal = await goals.CreateAsync(Input.ToInput(), ct);
            Flash(goal.Areas.Count == 0
                ? $"Added “{goal.Title}”. Open it to name the areas where a mentor would help."
                : $"Added “{goal.Title}”. Its areas are on your board: {string.Join(", ", goal.Areas)}.");
            return RedirectToPage(null, null, null, "horizon-" + Vocabulary.Token(goal.Horizon));
        }
        catch (ValidationFailedException failure)
        {
            ShowErrors(failure, nameof(Input));
            await LoadAsync(ct);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var page = await goals.ListAsync(new GoalQuery(Status: "all", PageSize: AllGoals), ct);
        Count = page.TotalCount;
        ByHorizon = page.Items.GroupBy(g => g.Horizon).OrderBy(g => g.Key).ToList();
    }
}
