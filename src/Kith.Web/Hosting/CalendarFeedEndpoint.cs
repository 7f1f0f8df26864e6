using Kith.Core.Data;
using Kith.Core.Feed;
using Kith.Web.Accounts;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kith.Web.Hosting;

/// <summary>
/// The calendar subscription feed, outside /api because calendar apps fetch it with nothing but
/// the URL: the token in the path is the only key. An unknown token, whether it never existed or
/// was replaced, gets the same bare 404, so the answer says nothing about which.
/// </summary>
internal static class CalendarFeedEndpoint
{
    private const string Calendar = "text/calendar";

    public static string PathFor(string token) => $"/calendar/{token}.ics";

    public static IEndpointRouteBuilder MapCalendarFeed(this IEndpointRouteBuilder app)
    {
        // In the OpenAPI document so it is complete; calendar apps are the client, not API code.
        app.MapGet("/calendar/{token}.ics", GetAsync)
            .WithTags("Calendar")
            .WithName("GetCalendarFeed")
            .WithSummary("The iCalendar (RFC 5545) subscription feed: networking slots as weekly series in my zone, follow-ups, mentor meetings and meetings due, events and networking steps for the next 8 weeks.")
            .WithDescription("The address comes from GET /api/v1/calendar. An unknown or replaced token is a 404 with no body to tell them apart.")
            .Produces<string>(StatusCodes.Status200OK, Calendar)
            .Produces(StatusCodes.Status404NotFound)
            .AllowAnonymous();
        return app;
    }

    private static async Task<Results<ContentHttpResult, NotFound>> GetAsync(
        string token, HttpContext context, KithDbContext db, CurrentAccount account, FeedService feed, CancellationToken ct)
    {
        // Nobody signs in here: the token names the account the feed is read for.
        if (await db.CalendarFeeds.IgnoreQueryFilters().Where(f => f.Token == token).Select(f => (int?)f.AccountId).FirstOrDefaultAsync(ct) is { } owner)
            account.ActFor(owner);
        if (await feed.BuildAsync(token, ct) is not { } ics)
        {
            // A bare 404, not the site's "page not found" page: nothing for a calendar app to misread.
            if (context.Features.Get<IStatusCodePagesFeature>() is { } statusPages) statusPages.Enabled = false;
            return TypedResults.NotFound();
        }
        // Private data behind a secret URL: no shared cache keeps it, and every refresh is fresh.
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Text(ics, $"{Calendar}; charset=utf-8");
    }
}
