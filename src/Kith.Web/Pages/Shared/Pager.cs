namespace Kith.Web.Pages.Shared;

/// <summary>What the pager partial shows: where we are, and links to the neighbouring pages (null at the ends).</summary>
public sealed record Pager(string Label, int PageNumber, int TotalPages, string? PreviousHref, string? NextHref)
{
    /// <summary>Builds a pager whose links keep every current filter and change only the page.</summary>
    public static Pager For<T>(string label, Kith.Core.Common.Page<T> page, Func<int, string> href) =>
        new(label, page.PageNumber, page.TotalPages,
            page.HasPrevious ? href(page.PageNumber - 1) : null,
            page.HasNext ? href(page.PageNumber + 1) : null);
}
