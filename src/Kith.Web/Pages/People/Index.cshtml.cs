using Kith.Core.Common;
using Kith.Core.People;
using Kith.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.People;

/// <summary>Everyone I know, searchable and filterable, one page at a time. A GET form, so every view is a shareable URL.</summary>
public sealed class IndexModel(PeopleService people, AccountClock clock) : KithPageModel
{
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty(SupportsGet = true)] public string? Role { get; set; }
    [BindProperty(SupportsGet = true)] public string? Department { get; set; }
    [BindProperty(SupportsGet = true)] public string? Level { get; set; }
    [BindProperty(SupportsGet = true)] public string? Employer { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tag { get; set; }
    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }

    public Page<PersonSummary>? Results { get; private set; }
    public IReadOnlyList<string> Departments { get; private set; } = [];
    public IReadOnlyList<string> Tags { get; private set; } = [];
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public Pager? Pager { get; private set; }

    public bool IsFiltered => Filters().Count > 0;

    // "page" is a route value in Razor Pages (the page's own name), so the page number is read from the query only.
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken ct)
    {
        // An empty filter box still submits "role=": drop those so the address stays short and shareable.
        if (Request.Query.Any(q => string.IsNullOrWhiteSpace(q.Value)))
            return Redirect(Href(pageNumber is > 1 ? pageNumber : null));

        Zone = await clock.ZoneAsync(ct);
        Departments = await people.DepartmentsAsync(ct);
        Tags = await people.TagNamesAsync(ct);
        try
        {
            Results = await people.ListAsync(new PeopleQuery
            {
                Search = Search, Role = Role, Department = Department, Level = Level,
                Employer = Employer, Tag = Tag, Overdue = Overdue, Page = pageNumber,
            }, ct);
            Pager = Pager.For("Pages of people", Results, p => Href(p));
        }
        catch (ValidationFailedException failure)
        {
            ShowErrors(failure, "");
        }
        return Page();
    }

    /// <summary>This list's address with the current filters and the given page.</summary>
    public string Href(int? page)
    {
        var query = Filters();
        if (page is > 1) query.Add(new("page", page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return "/people" + QueryString.Create(query);
    }

    private List<KeyValuePair<string, string?>> Filters()
    {
        var filters = new List<KeyValuePair<string, string?>>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) filters.Add(new(name, value.Trim()));
        }
        Add("search", Search);
        Add("role", Role);
        Add("department", Department);
        Add("level", Level);
        Add("employer", Employer);
        Add("tag", Tag);
        if (Overdue) Add("overdue", "true");
        return filters;
    }
}
