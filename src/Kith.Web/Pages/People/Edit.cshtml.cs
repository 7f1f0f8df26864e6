using Kith.Core.Common;
using Kith.Core.People;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.People;

public sealed class EditModel(PeopleService people) : PersonFormPageModel(people)
{
    public PersonDetail Person { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Person = await People.GetAsync(id, ct);
        Input = PersonForm.From(Person);
        await LoadChoicesAsync(id, ct);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        Person = await People.GetAsync(id, ct);
        if (ModelState.IsValid)
        {
            try
            {
                var saved = await People.UpdateAsync(id, Input.ToInput(), ct);
                Flash($"Saved changes to {saved.DisplayName}.");
                return RedirectToPage("/People/Details", new { id });
            }
            catch (ValidationFailedException failure)
            {
                ShowPersonErrors(failure);
            }
        }
        await LoadChoicesAsync(id, ct);
        return Page();
    }
}
