using Kith.Core.Common;
using Kith.Core.Mentoring;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.Exercises.GoalsToMentors;

/// <summary>Step 1: up to three goals for each horizon. Posting saves every goal written, then moves on with their ids.</summary>
public sealed class GoalsModel(GoalService goals) : ExercisePageModel
{
    [BindProperty]
    public GoalsForm Input { get; set; } = new();

    public ExerciseSteps Steps => GoalsToMentorsSteps.At(1);

    public void OnGet() => Input.Pad();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Input.Pad();
        var created = new List<int>();
        foreach (var (horizon, key, line) in Input.Lines())
        {
            if (string.IsNullOrWhiteSpace(line.Title))
            {
                if (!string.IsNullOrWhiteSpace(line.TargetOn))
                    ShowError($"{key}.{nameof(GoalLine.Title)}", "Say what this goal is, or clear its target date.");
                continue;
            }
            try
            {
                var goal = await goals.CreateAsync(new GoalInput(line.Title, Horizon: Vocabulary.Token(horizon), TargetOn: line.TargetOn), ct);
                created.Add(goal.Id);
            }
            catch (ValidationFailedException failure)
            {
                ShowErrors(failure, field => FieldName(field) == nameof(GoalInput.TargetOn) ? $"{key}.{nameof(GoalLine.TargetOn)}" : $"{key}.{nameof(GoalLine.Title)}");
            }
        }
        if (ModelState.ErrorCount == 0 && created.Count == 0)
            ShowError($"{nameof(Input)}.{nameof(GoalsForm.OneYear)}[0].{nameof(GoalLine.Title)}", "Write at least one goal. Where do you want to be a year from now?");
        if (ModelState.ErrorCount == 0)
            return RedirectToPage("Areas", new { goals = IdList.Format(created) });

        // All or nothing: goals saved before a mistake further down are taken back, so posting again does not save them twice.
        foreach (var id in created)
            await goals.DeleteAsync(id, ct);
        return Page();
    }
}

/// <summary>Three lines per horizon, as posted ("Input.TwoYears[1].Title").</summary>
public sealed class GoalsForm
{
    public const int PerHorizon = 3;

    public List<GoalLine> OneYear { get; set; } = [];
    public List<GoalLine> TwoYears { get; set; } = [];
    public List<GoalLine> LongTerm { get; set; } = [];

    /// <summary>Exactly <see cref="PerHorizon"/> lines in each list, whatever was posted.</summary>
    public void Pad()
    {
        foreach (var list in new[] { OneYear, TwoYears, LongTerm })
        {
            if (list.Count > PerHorizon) list.RemoveRange(PerHorizon, list.Count - PerHorizon);
            while (list.Count < PerHorizon) list.Add(new GoalLine());
        }
    }

    public IReadOnlyList<(GoalHorizon Horizon, string Name, List<GoalLine> Lines)> Horizons =>
    [
        (GoalHorizon.OneYear, nameof(OneYear), OneYear),
        (GoalHorizon.TwoYears, nameof(TwoYears), TwoYears),
        (GoalHorizon.LongTerm, nameof(LongTerm), LongTerm),
    ];

    /// <summary>Every line with its horizon and its field prefix, in form order.</summary>
    public IEnumerable<(GoalHorizon Horizon, string Key, GoalLine Line)> Lines() =>
        Horizons.SelectMany(h => h.Lines.Select((line, i) => (h.Horizon, $"Input.{h.Name}[{i}]", line)));
}

public sealed class GoalLine
{
    public string? Title { get; set; }
    public string? TargetOn { get; set; }
}
