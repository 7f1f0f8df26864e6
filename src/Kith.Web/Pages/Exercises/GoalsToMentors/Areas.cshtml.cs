using Kith.Core.Common;
using Kith.Core.Mentoring;
using Kith.Web.Pages.People;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.Exercises.GoalsToMentors;

/// <summary>Step 2: for each goal just written, the areas where a mentor would help. Posting adds them to the goals.</summary>
public sealed class AreasModel(GoalService goalService) : ExercisePageModel
{
    [BindProperty]
    public AreasForm Input { get; set; } = new();

    public IReadOnlyList<GoalDetail> Goals { get; private set; } = [];

    public string GoalIds { get; private set; } = "";

    public ExerciseSteps Steps => GoalsToMentorsSteps.At(2);

    public async Task<IActionResult> OnGetAsync(string? goals, CancellationToken ct)
    {
        if (IdList.Parse(goals).Count == 0) return RedirectToPage("Goals");
        await LoadAsync(goals, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? goals, CancellationToken ct)
    {
        if (IdList.Parse(goals).Count == 0) return RedirectToPage("Goals");
        await LoadAsync(goals, ct);
        var named = 0;
        for (var k = 0; k < Goals.Count; k++)
        {
            var areas = PersonForm.Split(k < Input.Areas.Count ? Input.Areas[k] : null);
            named += Goals[k].Areas.Count;
            if (areas.Count == 0) continue;
            try
            {
                // Adding areas a goal already has changes nothing, so a goal saved before a mistake elsewhere is safe to post again.
                var saved = await goalService.AddAreasAsync(Goals[k].Id, areas, ct);
                named += saved.Areas.Count - Goals[k].Areas.Count;
            }
            catch (ValidationFailedException failure)
            {
                ShowErrors(failure, _ => $"{nameof(Input)}.{nameof(AreasForm.Areas)}[{k}]");
            }
        }
        if (ModelState.ErrorCount == 0 && named == 0)
            ShowError($"{nameof(Input)}.{nameof(AreasForm.Areas)}[0]", "Name at least one area where a mentor would help, e.g. public speaking.");
        if (ModelState.ErrorCount == 0)
            return RedirectToPage("Mentors", new { goals = GoalIds });

        await LoadAsync(goals, ct);
        return Page();
    }

    private async Task LoadAsync(string? ids, CancellationToken ct)
    {
        var list = new List<GoalDetail>();
        foreach (var id in IdList.Parse(ids))
            list.Add(await goalService.GetAsync(id, ct));
        Goals = list;
        GoalIds = IdList.Format(list.Select(g => g.Id));
    }
}

/// <summary>One box per goal, in the order of the goals in the address; areas separated by commas or new lines.</summary>
public sealed class AreasForm
{
    public List<string?> Areas { get; set; } = [];
}
