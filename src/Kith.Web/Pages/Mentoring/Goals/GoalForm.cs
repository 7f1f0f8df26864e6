using System.Globalization;
using Kith.Core.Common;
using Kith.Core.Mentoring;
using Kith.Web.Pages.People;

namespace Kith.Web.Pages.Mentoring.Goals;

/// <summary>A goal as the browser posts it; areas are typed one per line or separated by commas.</summary>
public sealed class GoalForm
{
    public string? Title { get; set; }
    public string? Horizon { get; set; }
    public string? TargetOn { get; set; }
    public string? Status { get; set; }
    public string? Areas { get; set; }
    public string? Description { get; set; }

    public static GoalForm Default() => new() { Horizon = Vocabulary.Token(GoalHorizon.OneYear), Status = Vocabulary.Token(GoalStatus.Active) };

    public static GoalForm From(GoalDetail goal) => new()
    {
        Title = goal.Title,
        Description = goal.Description,
        Horizon = Vocabulary.Token(goal.Horizon),
        TargetOn = goal.TargetOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Status = Vocabulary.Token(goal.Status),
        Areas = string.Join("\n", goal.Areas),
    };

    public GoalInput ToInput() => new(Title, Description, Horizon, TargetOn, Status, PersonForm.Split(Areas));
}

public sealed class NoteForm
{
    public string? Text { get; set; }
}

/// <summary>A page with the goal form: the add form on the list, the edit form on a goal's page.</summary>
public interface IGoalFormPage
{
    GoalForm Input { get; }

    /// <summary>A new goal is always active; only editing changes its status.</summary>
    bool EditsStatus { get; }
}
