using Kith.Core.Common;
using Kith.Core.Networking;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.Exercises.HowToNetwork;

/// <summary>Step 2: one of the picked ways, what exactly, and the day. Posting saves the commitment, which the agenda then shows.</summary>
public sealed class CommitModel(NetworkingService networking) : ExercisePageModel
{
    [BindProperty]
    public CommitForm Input { get; set; } = new();

    /// <summary>The ways I picked in step 1, each with its first step to start from.</summary>
    public IReadOnlyList<NetworkingWayView> Picked { get; private set; } = [];

    public ExerciseSteps Steps => HowToNetworkSteps.At(2);

    /// <summary>?way= preselects one of the picked ways.</summary>
    public async Task OnGetAsync(string? way, CancellationToken ct)
    {
        await LoadAsync(ct);
        Input.Steps = Picked.Select(w => new WayStep { Way = Vocabulary.Token(w.Way), Description = w.FirstStep }).ToList();
        Input.Way = Picked.Count == 1 ? Input.Steps[0].Way : Input.Steps.FirstOrDefault(s => s.Way == way)?.Way;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var row = Input.Steps.FindIndex(s => s.Way == Input.Way);
        try
        {
            var commitment = await networking.CommitAsync(new NetworkingCommitmentInput(Input.Way, row >= 0 ? Input.Steps[row].Description : null, Input.DueOn), ct);
            return RedirectToPage("Done", new { commitment = commitment.Id });
        }
        catch (ValidationFailedException failure)
        {
            ShowErrors(failure, field => FieldName(field) switch
            {
                nameof(NetworkingCommitmentInput.Description) when row >= 0 => $"{nameof(Input)}.{nameof(CommitForm.Steps)}[{row}].{nameof(WayStep.Description)}",
                nameof(NetworkingCommitmentInput.DueOn) => $"{nameof(Input)}.{nameof(CommitForm.DueOn)}",
                _ => $"{nameof(Input)}.{nameof(CommitForm.Way)}",
            });
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Picked = (await networking.GetAsync(ct)).Ways.Where(w => w.Picked).ToList();
}

public sealed class CommitForm
{
    /// <summary>The chosen way ("weekly-lunch").</summary>
    public string? Way { get; set; }

    /// <summary>What exactly, one box per picked way; only the chosen way's box counts.</summary>
    public List<WayStep> Steps { get; set; } = [];

    public string? DueOn { get; set; }
}

public sealed class WayStep
{
    public string? Way { get; set; }
    public string? Description { get; set; }
}
