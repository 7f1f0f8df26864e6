using System.Text;
using Kith.Core.Common;
using Kith.Core.Feed;
using Kith.Core.KeepInTouch;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kith.Web.Api;

/// <summary>/api/v1: cadences, snoozes and follow-ups, the promises the agenda keeps me to.</summary>
internal static class KeepInTouchApi
{
    private const string Tag = "Keep in touch";

    public static RouteGroupBuilder MapKeepInTouchApi(this RouteGroupBuilder api)
    {
        var person = api.MapGroup("/people/{id:int}").WithTags(Tag);
        person.MapPut("/cadence", SetCadenceAsync)
            .WithName("SetCadence")
            .WithSummary("Sets how often to be in touch with a person: ideally every n units, overdue after max.")
            .WithDescription("unit: days, weeks or months (default days). max defaults to half as long again as every.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        person.MapDelete("/cadence", ClearCadenceAsync)
            .WithName("ClearCadence")
            .WithSummary("Stops keeping in touch with a person on a rhythm (and ends any snooze).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        person.MapPut("/snooze", SnoozeAsync)
            .WithName("SnoozePerson")
            .WithSummary("Hides a person from the agenda until a later day (YYYY-MM-DD).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        person.MapDelete("/snooze", WakeAsync)
            .WithName("WakePerson")
            .WithSummary("Ends a snooze now.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var followUps = api.MapGroup("/follow-ups").WithTags(Tag);
        followUps.MapGet("/", ListFollowUpsAsync)
            .WithName("ListFollowUps")
            .WithSummary("Lists follow-ups, soonest due first; status is open (default), done or all.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        followUps.MapPost("/", AddFollowUpAsync)
            .WithName("AddFollowUp")
            .WithSummary("Adds a follow-up: something I promised a person, due on a day (YYYY-MM-DD).")
            .ProducesValidationProblem();
        followUps.MapPost("/{id:int}/done", MarkDoneAsync)
            .WithName("MarkFollowUpDone")
            .WithSummary("Marks a follow-up done.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        followUps.MapPost("/{id:int}/reopen", ReopenAsync)
            .WithName("ReopenFollowUp")
            .WithSummary("Marks a done follow-up open again.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        followUps.MapDelete("/{id:int}", DeleteFollowUpAsync)
            .WithName("DeleteFollowUp")
            .WithSummary("Deletes a follow-up.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        followUps.MapGet("/{id:int}/calendar.ics", FollowUpCalendarAsync)
            .WithName("DownloadFollowUpCalendar")
            .WithSummary("Downloads a follow-up as an RFC 5545 all-day calendar entry on its due day.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Ok<CadenceView>> SetCadenceAsync(int id, CadenceInput input, KeepInTouchService keepInTouch, CancellationToken ct) =>
        TypedResults.Ok(await keepInTouch.SetCadenceAsync(id, input, ct));

    private static async Task<NoContent> ClearCadenceAsync(int id, KeepInTouchService keepInTouch, CancellationToken ct)
    {
        await keepInTouch.ClearCadenceAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> SnoozeAsync(int id, SnoozeInput input, KeepInTouchService keepInTouch, CancellationToken ct)
    {
        // The service reads an empty day as "wake up"; over HTTP that is DELETE, so PUT must name a day.
        if (string.IsNullOrWhiteSpace(input.Until))
            throw ValidationFailedException.For(nameof(input.Until), "Choose the day to snooze until, e.g. 2026-04-01.");
        await keepInTouch.SnoozeAsync(id, input.Until, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> WakeAsync(int id, KeepInTouchService keepInTouch, CancellationToken ct)
    {
        await keepInTouch.SnoozeAsync(id, null, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<Page<FollowUpView>>> ListFollowUpsAsync(
        int? personId, string? status, int? page, int? pageSize, KeepInTouchService keepInTouch, CancellationToken ct) =>
        TypedResults.Ok(await keepInTouch.ListFollowUpsAsync(new FollowUpQuery { PersonId = personId, Status = status, Page = page, PageSize = pageSize }, ct));

    // Core has no single-follow-up read, so there is no URL to put in a Location header; the body carries the id.
    private static async Task<Created<FollowUpView>> AddFollowUpAsync(FollowUpInput input, KeepInTouchService keepInTouch, CancellationToken ct) =>
        TypedResults.Created((string?)null, await keepInTouch.AddFollowUpAsync(input, ct));

    private static async Task<Ok<FollowUpView>> MarkDoneAsync(int id, KeepInTouchService keepInTouch, CancellationToken ct) =>
        TypedResults.Ok(await keepInTouch.SetDoneAsync(id, done: true, ct));

    private static async Task<Ok<FollowUpView>> ReopenAsync(int id, KeepInTouchService keepInTouch, CancellationToken ct) =>
        TypedResults.Ok(await keepInTouch.SetDoneAsync(id, done: false, ct));

    private static async Task<NoContent> DeleteFollowUpAsync(int id, KeepInTouchService keepInTouch, CancellationToken ct)
    {
        await keepInTouch.DeleteFollowUpAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<FileContentHttpResult> FollowUpCalendarAsync(int id, FeedService feed, CancellationToken ct) =>
        TypedResults.File(Encoding.UTF8.GetBytes(await feed.FollowUpIcsAsync(id, ct)), "text/calendar; charset=utf-8", $"kith-follow-up-{id}.ics");
}

/// <summary>The body of PUT /people/{id}/snooze.</summary>
/// <param name="Until">The day the person comes back on the agenda, YYYY-MM-DD; must be in the future.</param>
internal sealed record SnoozeInput(string? Until);
