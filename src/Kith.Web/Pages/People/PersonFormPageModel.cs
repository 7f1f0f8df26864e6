using System.Globalization;
using System.Text.RegularExpressions;
using Kith.Core.Common;
using Kith.Core.People;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.People;

/// <summary>What the add and edit pages share: the form and the choices it offers.</summary>
public abstract partial class PersonFormPageModel(PeopleService people) : KithPageModel
{
    [BindProperty]
    public PersonForm Input { get; set; } = new();

    /// <summary>Whom this person may report to (never themselves).</summary>
    public IReadOnlyList<PersonRef> Managers { get; private set; } = [];

    public IReadOnlyList<string> Departments { get; private set; } = [];

    protected PeopleService People => people;

    protected async Task LoadChoicesAsync(int? personId, CancellationToken ct)
    {
        Input.WithEmptyAddressRow();
        Managers = (await people.PickListAsync(includeMe: true, alwaysInclude: Input.ReportsToId, ct: ct)).Where(p => p.Id != personId).ToList();
        Departments = await people.DepartmentsAsync(ct);
    }

    /// <summary>Shows the core's errors next to their fields; an address error goes to the row it came from.</summary>
    protected void ShowPersonErrors(ValidationFailedException failure)
    {
        var renames = new Dictionary<string, string>();
        foreach (var field in failure.Errors.Keys)
        {
            if (AddressField().Match(field) is { Success: true } m)
                renames[field] = $"{nameof(Input)}.Addresses[{Input.AddressRow(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))}]{m.Groups[2].Value}";
        }
        ShowErrors(failure, nameof(Input), renames);
    }

    [GeneratedRegex(@"^Addresses\[(\d+)\](\..+)?$")]
    private static partial Regex AddressField();
}
