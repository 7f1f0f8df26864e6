using Kith.Core.Common;
using Kith.Core.Opportunities;
using Kith.Core.People;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.Introductions;

/// <summary>Asking a connector for an introduction: who introduces, whom to meet (by name or by description), and why.</summary>
public sealed class NewModel(IntroductionService introductions, PeopleService people) : KithPageModel
{
    [BindProperty]
    public IntroductionForm Input { get; set; } = new();

    public IReadOnlyList<PersonRef> People { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var intro = await introductions.CreateAsync(Input.ToInput(), ct);
            Flash($"Added: ask {intro.Connector.DisplayName} to introduce you to {intro.Whom}.");
            return RedirectToPage("/Introductions/Index", null, null, $"intro-{intro.Id}");
        }
        catch (ValidationFailedException failure)
        {
            ShowErrors(failure, nameof(Input));
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        People = await people.PickListAsync(includeMe: false, ct: ct);
}
