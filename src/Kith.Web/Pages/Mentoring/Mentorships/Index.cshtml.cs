using Kith.Core.Common;
using Kith.Core.Mentoring;
using Kith.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.Mentoring.Mentorships;

/// <summary>My mentorships: current ones by default, ended ones (kept with their history) or all on request.</summary>
public sealed class IndexModel(MentorshipService mentorships) : MentoringPageModel
{
    public static readonly IReadOnlyList<(string Value, string Label)> Filters = [("current", "Current"), ("ended", "Ended"), ("all", "All")];

    [BindProperty(SupportsGet = true)] public string? Status { get; set; }

    public string Filter => Filters.Any(f => f.Value == Status) ? Status! : "current";
    public Page<MentorshipSummary> Results { get; private set; } = null!;
    public Pager Pager { get; private set; } = null!;

    // "page" is a route value in Razor Pages, so the page number is read from the query only.
    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken ct)
    {
        Results = await mentorships.ListAsync(new MentorshipQuery(Filter, Page: pageNumber), ct);
        Pager = Pager.For("Pages of mentorships", Results, p => Href(Filter, p));
    }

    public static string Href(string filter, int? page = null)
    {
        var query = new List<KeyValuePair<string, string?>>();
        if (filter != "current") query.Add(new("status", filter));
        if (page is > 1) query.Add(new("page", page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return "/mentorships" + QueryString.Create(query);
    }
}
