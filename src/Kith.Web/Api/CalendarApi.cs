using Kith.Core.Feed;
using Kith.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kith.Web.Api;

/// <summary>/api/v1/calendar: the private address my calendar app subscribes to, and replacing it.</summary>
internal static class CalendarApi
{
    public static RouteGroupBuilder MapCalendarApi(this RouteGroupBuilder api)
    {
        var calendar = api.MapGroup("/calendar").WithTags("Calendar");
        calendar.MapGet("/", GetAsync)
            .WithName("GetCalendarSubscription")
            .WithSummary("The private iCalendar subscription address (created on first use): networking slots, follow-ups, mentor meetings and events.")
            .WithDescription("url is absolute, built from the address this request came to; the token in it is the only secret, so share it with nobody but your calendar app.");
        calendar.MapPost("/regenerate", RegenerateAsync)
            .WithName("RegenerateCalendarSubscription")
            .WithSummary("Replaces the subscription token; the old address answers 404 from now on. Subscribe again with the new url.");
        return api;
    }

    private static async Task<Ok<CalendarSubscription>> GetAsync(HttpRequest request, FeedService feed, CancellationToken ct) =>
        TypedResults.Ok(CalendarSubscription.For(await feed.TokenAsync(ct), request));

    private static async Task<Ok<CalendarSubscription>> RegenerateAsync(HttpRequest request, FeedService feed, CancellationToken ct) =>
        TypedResults.Ok(CalendarSubscription.For(await feed.RegenerateAsync(ct), request));
}

/// <summary>The calendar subscription: its token and the address to give a calendar app.</summary>
/// <param name="Token">The unguessable part of the address.</param>
/// <param name="Url">The feed's absolute address, e.g. http://127.0.0.1:5080/calendar/{token}.ics.</param>
internal sealed record CalendarSubscription(string Token, string Url)
{
    public static CalendarSubscription For(string token, HttpRequest request) =>
        new(token, Microsoft.AspNetCore.Http.Extensions.UriHelper.BuildAbsolute(
            request.Scheme, request.Host, request.PathBase, CalendarFeedEndpoint.PathFor(token)));
}
