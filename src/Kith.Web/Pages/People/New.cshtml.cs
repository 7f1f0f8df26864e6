using Kith.Core.Common;
using Kith.Core.People;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.People;

public sealed class NewModel(PeopleService people) : PersonFormPageModel(people)
{
    public async Task OnGetAsync(CancellationToken ct) => await LoadChoicesAsync(null, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var person = await People.CreateAsync(Input.ToInput(), ct);
                Flash($"Added {person.DisplayName}. Next, set how often you want to keep in touch.");
                return RedirectToPage("/People/Details", new { id = person.Id });
            }
            catch (ValidationFailedException failure)
            {
                ShowPersonErrors(failure);
            }
        }
        await LoadChoicesAsync(null, ct);
        return Page();
    }
}
