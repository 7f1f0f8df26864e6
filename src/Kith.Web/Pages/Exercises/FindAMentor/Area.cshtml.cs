using Kith.Core.Mentoring;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.Exercises.FindAMentor;

/// <summary>Step 1: the one area of my life or work I want to improve. Nothing is saved yet: the area travels in the query string.</summary>
public sealed class AreaModel(BoardService board) : ExercisePageModel
{
    /// <summary>Areas are at most this long, as the core checks when they are saved.</summary>
    public const int MaxAreaLength = 100;

    [BindProperty]
    public AreaForm Input { get; set; } = new();

    /// <summary>Areas my goals name, then my people's expertise.</summary>
    public IReadOnlyList<AreaChoice> Choices { get; private set; } = [];

    public ExerciseSteps Steps => FindAMentorSteps.At(1);

    /// <summary>?area= preselects an area, e.g. from a gap on the board.</summary>
    public async Task OnGetAsync(string? area, CancellationToken ct)
    {
        await LoadAsync(ct);
        var prefill = area?.Trim();
        if (string.IsNullOrEmpty(prefill)) return;
        if (Choices.FirstOrDefault(c => string.Equals(c.Name, prefill, StringComparison.OrdinalIgnoreCase)) is { } known)
            Input.Area = known.Name;
        else
            Input.NewArea = prefill;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var typed = Input.NewArea?.Trim();
        var area = string.IsNullOrEmpty(typed) ? Input.Area?.Trim() : typed;
        if (!string.IsNullOrEmpty(area) && area.Length <= MaxAreaLength)
            return RedirectToPage("Who", new { area });

        await LoadAsync(ct);
        // With nothing to choose from, the text box is the only field a message can point at.
        var chose = string.IsNullOrEmpty(typed) && Choices.Count > 0;
        var field = $"{nameof(Input)}.{(chose ? nameof(AreaForm.Area) : nameof(AreaForm.NewArea))}";
        ShowError(field, string.IsNullOrEmpty(area)
            ? "Choose an area, or write the one you want to grow in."
            : $"Keep an area under {MaxAreaLength} characters (it has {area.Length}).");
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) => Choices = await board.AreaChoicesAsync(ct);
}

public sealed class AreaForm
{
    /// <summary>One of the areas offered.</summary>
    public string? Area { get; set; }

    /// <summary>An area typed in; it wins over a choice, since typing is the more deliberate act.</summary>
    public string? NewArea { get; set; }
}
