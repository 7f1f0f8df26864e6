using Kith.Core.People;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.People;

/// <summary>What the add and edit pages share: the form and the choices it offers.</summary>
public abstract class PersonFormPageModel(PeopleService people) : KithPageModel
{
    [BindProperty]
    public PersonForm Input { get; set; } = new();

    /// <summary>Whom this person may report to (never themselves).</summary>
    public IReadOnlyList<PersonRef> Managers { get; private set; } = [];

    public IReadOnlyList<string> Departments { get; private set; } = [];

    protected PeopleService People => people;

    protected async Task LoadChoicesAsync(int? personId, CancellationToken ct)
    {
        Managers = (await people.PickListAsync(includeMe: true, alwaysInclude: Input.ReportsToId, ct: ct)).Where(p => p.Id != personId).ToList();
        Departments = await people.DepartmentsAsync(ct);
    }
}
