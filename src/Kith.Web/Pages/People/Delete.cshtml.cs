using Kith.Core.Common;
using Kith.Core.People;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.People;

/// <summary>Deleting a person is final, so it takes a second, deliberate step.</summary>
public sealed class DeleteModel(PeopleService people) : KithPageModel
{
    public PersonDetail Person { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken ct) => Person = await people.GetAsync(id, ct);

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        Person = await people.GetAsync(id, ct);
        try
        {
            await people.DeleteAsync(id, ct);
            Flash($"Deleted {Person.DisplayName}.");
            return RedirectToPage("/People/Index");
        }
        catch (ValidationFailedException failure)
        {
            ShowErrors(failure, "");
            return Page();
        }
    }
}
