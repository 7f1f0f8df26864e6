using Kith.Core.Common;
using Kith.Core.Networking;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.Exercises.HowToNetwork;

/// <summary>Step 1: the ways to meet people, and which appeal to me. Posting saves my picks.</summary>
public sealed class WaysModel(NetworkingService networking) : ExercisePageModel
{
    [BindProperty]
    public WaysForm Input { get; set; } = new();

    public IReadOnlyList<NetworkingWayView> Ways { get; private set; } = [];

    public ExerciseSteps Steps => HowToNetworkSteps.At(1);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Ways = (await networking.GetAsync(ct)).Ways;
        Input.Ways = Ways.Where(w => w.Picked).Select(w => Vocabulary.Token(w.Way)).ToList();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var key = $"{nameof(Input)}.{nameof(WaysForm.Ways)}";
        try
        {
            // Saving none would be allowed by the core; the exercise needs one to commit to.
            if (Input.Ways.All(string.IsNullOrWhiteSpace))
                throw ValidationFailedException.For(nameof(WaysForm.Ways), "Tick at least one way that appeals to you. You can change your mind later.");
            await networking.SetInterestsAsync(Input.Ways, ct);
            return RedirectToPage("Commit");
        }
        catch (ValidationFailedException failure)
        {
            ShowErrors(failure, _ => key);
        }
        Ways = (await networking.GetAsync(ct)).Ways;
        return Page();
    }
}

public sealed class WaysForm
{
    /// <summary>The ways ticked, as their words ("weekly-lunch").</summary>
    public List<string> Ways { get; set; } = [];
}
