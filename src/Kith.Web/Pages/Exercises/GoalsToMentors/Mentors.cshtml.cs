using Kith.Core.Common;
using Kith.Core.Mentoring;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.Exercises.GoalsToMentors;

/// <summary>
/// Step 3: for each area the goals need, who would be an ideal mentor — people from my network,
/// inside and outside my employer, or a placeholder "someone who…". Posting saves a candidate
/// mentorship per person (covering every area they were picked for) and per placeholder.
/// </summary>
public sealed class MentorsModel(GoalService goalService, BoardService board, MentorshipService mentorships) : ExercisePageModel
{
    [BindProperty]
    public MentorsForm Input { get; set; } = new();

    /// <summary>One row per area, in the order of the form, each with the people who could mentor it.</summary>
    public IReadOnlyList<(string Area, IReadOnlyList<MentorSuggestion> Candidates)> Rows { get; private set; } = [];

    public string GoalIds { get; private set; } = "";

    public ExerciseSteps Steps => GoalsToMentorsSteps.At(3);

    public async Task<IActionResult> OnGetAsync(string? goals, CancellationToken ct)
    {
        var areas = await AreasOfAsync(goals, ct);
        if (GoalIds.Length == 0) return RedirectToPage("Goals");
        Input.Areas = areas.Select(a => new AreaPick { Name = a, Kind = ExerciseText.DefaultKind }).ToList();
        await LoadRowsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? goals, CancellationToken ct)
    {
        await AreasOfAsync(goals, ct);
        if (GoalIds.Length == 0) return RedirectToPage("Goals");
        var picks = Input.Picks();
        if (picks.Count == 0)
            ShowError(Key(0, nameof(AreaPick.Seeking)), "Choose at least one person, or describe whom you are looking for, for one of the areas.");

        var created = new List<int>();
        foreach (var pick in picks)
        {
            try
            {
                var saved = await mentorships.CreateAsync(new MentorshipInput(pick.PersonId, pick.Seeking, pick.Kind, pick.Areas), ct);
                created.Add(saved.Summary.Id);
            }
            catch (ValidationFailedException failure)
            {
                ShowErrors(failure, field => FieldName(field) switch
                {
                    nameof(MentorshipInput.Kind) => Key(pick.Row, nameof(AreaPick.Kind)),
                    nameof(MentorshipInput.PersonId) when pick.PersonId is not null => Key(pick.Row, nameof(AreaPick.PersonIds)),
                    _ => Key(pick.Row, nameof(AreaPick.Seeking)),
                });
            }
        }
        if (ModelState.ErrorCount == 0)
            return RedirectToPage("Meetings", new { goals = GoalIds, mentorships = IdList.Format(created) });

        // All or nothing, so that posting again after a fix does not make the same mentor twice.
        foreach (var id in created)
            await mentorships.DeleteAsync(id, ct);
        await LoadRowsAsync(ct);
        return Page();
    }

    public static string Key(int row, string field) => $"{nameof(Input)}.{nameof(MentorsForm.Areas)}[{row}].{field}";

    /// <summary>The goals' areas, each once, in the order the goals were written.</summary>
    private async Task<List<string>> AreasOfAsync(string? ids, CancellationToken ct)
    {
        var found = new List<GoalDetail>();
        foreach (var id in IdList.Parse(ids))
            found.Add(await goalService.GetAsync(id, ct));
        GoalIds = IdList.Format(found.Select(g => g.Id));
        return found.SelectMany(g => g.Areas).DistinctBy(a => a.ToLowerInvariant()).ToList();
    }

    // Rows follow the posted names, so a redisplayed form keeps each tick next to its own area.
    private async Task LoadRowsAsync(CancellationToken ct)
    {
        var rows = new List<(string, IReadOnlyList<MentorSuggestion>)>();
        foreach (var area in Input.Areas)
            rows.Add((area.Name ?? "", await board.CandidatesAsync(area.Name ?? "", 10, ct)));
        Rows = rows;
    }
}

public sealed class MentorsForm
{
    public List<AreaPick> Areas { get; set; } = [];

    /// <summary>What to save: one mentorship per person, covering every area they were picked for (with the kind of the first), and one per placeholder.</summary>
    public IReadOnlyList<MentorPick> Picks()
    {
        var picks = new List<MentorPick>();
        for (var row = 0; row < Areas.Count; row++)
        {
            var area = Areas[row];
            if (string.IsNullOrWhiteSpace(area.Name)) continue;
            foreach (var personId in area.PersonIds.Distinct())
            {
                if (picks.FirstOrDefault(p => p.PersonId == personId) is { } earlier)
                    earlier.Areas.Add(area.Name);
                else
                    picks.Add(new MentorPick(row, personId, null, area.Kind, [area.Name]));
            }
            if (!string.IsNullOrWhiteSpace(area.Seeking))
                picks.Add(new MentorPick(row, null, area.Seeking, area.Kind, [area.Name]));
        }
        return picks;
    }
}

public sealed class AreaPick
{
    public string? Name { get; set; }
    public List<int> PersonIds { get; set; } = [];
    public string? Seeking { get; set; }
    public string? Kind { get; set; }
}

/// <summary>One mentorship to save; <see cref="Row"/> is the form row its errors belong to.</summary>
public sealed record MentorPick(int Row, int? PersonId, string? Seeking, string? Kind, List<string> Areas);
