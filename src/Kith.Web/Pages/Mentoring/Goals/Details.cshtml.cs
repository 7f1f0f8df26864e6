using Kith.Core.Common;
using Kith.Core.Mentoring;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.Mentoring.Goals;

/// <summary>One goal: its areas, progress notes, and the form to change it.</summary>
public sealed class DetailsModel(GoalService goals, AccountClock clock) : MentoringPageModel, IGoalFormPage
{
    public GoalDetail Goal { get; private set; } = null!;
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    // Each form keeps what was typed when its post fails.
    public GoalForm Input { get; private set; } = null!;
    public NoteForm Note { get; private set; } = null!;

    public bool EditsStatus => true;

    public Task OnGetAsync(int id, CancellationToken ct) => LoadAsync(id, ct);

    public async Task<IActionResult> OnPostAsync(int id, [FromForm(Name = nameof(Input))] GoalForm input, CancellationToken ct)
    {
        try
        {
            var saved = await goals.UpdateAsync(id, input.ToInput(), ct);
            Flash($"Saved “{saved.Title}”.");
            return RedirectToPage(null, null, new { id }, null);
        }
        catch (ValidationFailedException failure)
        {
            ShowErrors(failure, nameof(Input));
            Input = input;
            return await RedisplayAsync(id, ct);
        }
    }

    public async Task<IActionResult> OnPostNoteAsync(int id, [FromForm(Name = nameof(Note))] NoteForm note, CancellationToken ct)
    {
        try
        {
            await goals.AddNoteAsync(id, new GoalNoteInput(note.Text), ct);
            Flash("Progress note added.");
            return RedirectToPage(null, null, new { id }, "notes");
        }
        catch (ValidationFailedException failure)
        {
            ShowErrors(failure, nameof(Note));
            Note = note;
            return await RedisplayAsync(id, ct);
        }
    }

    public async Task<IActionResult> OnPostDeleteNoteAsync(int id, int noteId, CancellationToken ct)
    {
        await goals.DeleteNoteAsync(id, noteId, ct);
        Flash("Progress note deleted.");
        return RedirectToPage(null, null, new { id }, "notes");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        var goal = await goals.GetAsync(id, ct);
        await goals.DeleteAsync(id, ct);
        Flash($"Deleted the goal “{goal.Title}” and its notes.");
        return RedirectToPage("/Mentoring/Goals/Index");
    }

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Goal = await goals.GetAsync(id, ct);
        Zone = await clock.ZoneAsync(ct);
        Input ??= GoalForm.From(Goal);
        Note ??= new NoteForm();
    }

    private async Task<IActionResult> RedisplayAsync(int id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return Page();
    }
}
