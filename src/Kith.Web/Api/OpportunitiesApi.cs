using System.Text;
using Kith.Core.Common;
using Kith.Core.Feed;
using Kith.Core.Opportunities;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kith.Web.Api;

/// <summary>/api/v1/opportunities and /api/v1/events: associations, leagues and committees, their events, and the people I met there.</summary>
internal static class OpportunitiesApi
{
    private const string Tag = "Opportunities";
    private const string GetOpportunity = "GetOpportunity";
    private const string GetEvent = "GetEvent";
    private const string Calendar = "text/calendar";

    public static RouteGroupBuilder MapOpportunitiesApi(this RouteGroupBuilder api)
    {
        var opportunities = api.MapGroup("/opportunities").WithTags(Tag);
        opportunities.MapGet("/", ListAsync)
            .WithName("ListOpportunities")
            .WithSummary("Lists opportunities by name, each with its next event, events attended and people met.")
            .ProducesValidationProblem();
        opportunities.MapPost("/", CreateAsync)
            .WithName("CreateOpportunity")
            .WithSummary("Adds an opportunity to meet people: an association, mixer, league, committee, union role or volunteering.")
            .WithDescription("kind: association (default), mixer, sports-league, committee, union-role, volunteering, other. role: mine there, e.g. treasurer. memberSince: YYYY-MM-DD. buddyId: a person who comes along.")
            .ProducesValidationProblem();
        opportunities.MapGet("/{id:int}", GetAsync)
            .WithName(GetOpportunity)
            .WithSummary("Gets an opportunity with its events, latest first, and the people met at each.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        opportunities.MapPut("/{id:int}", UpdateAsync)
            .WithName("UpdateOpportunity")
            .WithSummary("Replaces every field of an opportunity; fields left out are cleared or reset to their defaults.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        opportunities.MapDelete("/{id:int}", DeleteAsync)
            .WithName("DeleteOpportunity")
            .WithSummary("Deletes an opportunity and its events; the people met and their timelines stay.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        opportunities.MapPost("/{id:int}/events", AddEventAsync)
            .WithName("AddOpportunityEvent")
            .WithSummary("Adds an event: a title, when it starts (local YYYY-MM-DDTHH:MM or with an offset), how long, where.")
            .WithDescription("durationMinutes defaults to 120. buddyId defaults to the opportunity's buddy.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        var events = api.MapGroup("/events").WithTags(Tag);
        events.MapGet("/{id:int}", GetEventAsync)
            .WithName(GetEvent)
            .WithSummary("Gets an event: when (in my zone's offset), where, whether I went, my buddy, and the people I met there.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        events.MapPut("/{id:int}", UpdateEventAsync)
            .WithName("UpdateEvent")
            .WithSummary("Replaces an event's title, start and place; durationMinutes and buddyId left out are kept.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        events.MapDelete("/{id:int}", DeleteEventAsync)
            .WithName("DeleteEvent")
            .WithSummary("Deletes an event; the people met there and what was logged on their timelines stay.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        events.MapPost("/{id:int}/attended", SetAttendedAsync)
            .WithName("SetEventAttended")
            .WithSummary("Records whether I went, once the event has started: {\"attended\": true}.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        events.MapPost("/{id:int}/people", AddPersonMetAsync)
            .WithName("AddPersonMetAtEvent")
            .WithSummary("Records someone I met at the event: links them (personId) or adds them (newPerson), logs the meeting and sets a follow-up.")
            .WithDescription("newPerson is a PersonInput; their howWeMet and metOn are filled from the event when left out. The follow-up is due on followUpOn (default two days after the event) with the text followUp, unless noFollowUp. Marks the event attended.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        events.MapDelete("/{id:int}/people/{personId:int}", RemovePersonMetAsync)
            .WithName("RemovePersonMetAtEvent")
            .WithSummary("Unlinks a person from the people met at an event; the person, the logged meeting and the follow-up stay.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        events.MapGet("/{id:int}/calendar.ics", EventCalendarAsync)
            .WithName("DownloadEventCalendar")
            .WithSummary("Downloads an event as an RFC 5545 calendar entry.")
            .Produces<string>(StatusCodes.Status200OK, Calendar)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Ok<Page<OpportunitySummary>>> ListAsync(int? page, int? pageSize, OpportunityService opportunities, CancellationToken ct) =>
        TypedResults.Ok(await opportunities.ListAsync(page, pageSize, ct));

    private static async Task<CreatedAtRoute<OpportunityDetail>> CreateAsync(OpportunityInput input, OpportunityService opportunities, CancellationToken ct)
    {
        var opportunity = await opportunities.CreateAsync(input, ct);
        return TypedResults.CreatedAtRoute(opportunity, GetOpportunity, new { id = opportunity.Id });
    }

    private static async Task<Ok<OpportunityDetail>> GetAsync(int id, OpportunityService opportunities, CancellationToken ct) =>
        TypedResults.Ok(await opportunities.GetAsync(id, ct));

    private static async Task<Ok<OpportunityDetail>> UpdateAsync(int id, OpportunityInput input, OpportunityService opportunities, CancellationToken ct) =>
        TypedResults.Ok(await opportunities.UpdateAsync(id, input, ct));

    private static async Task<NoContent> DeleteAsync(int id, OpportunityService opportunities, CancellationToken ct)
    {
        await opportunities.DeleteAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<CreatedAtRoute<EventView>> AddEventAsync(int id, EventInput input, OpportunityService opportunities, CancellationToken ct)
    {
        var e = await opportunities.AddEventAsync(id, input, ct);
        return TypedResults.CreatedAtRoute(e, GetEvent, new { id = e.Id });
    }

    private static async Task<Ok<EventView>> GetEventAsync(int id, OpportunityService opportunities, CancellationToken ct) =>
        TypedResults.Ok(await opportunities.GetEventAsync(id, ct));

    private static async Task<Ok<EventView>> UpdateEventAsync(int id, EventInput input, OpportunityService opportunities, CancellationToken ct) =>
        TypedResults.Ok(await opportunities.UpdateEventAsync(id, input, ct));

    private static async Task<NoContent> DeleteEventAsync(int id, OpportunityService opportunities, CancellationToken ct)
    {
        await opportunities.DeleteEventAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<EventView>> SetAttendedAsync(int id, AttendedInput input, OpportunityService opportunities, CancellationToken ct)
    {
        if (input.Attended is not { } attended)
            throw ValidationFailedException.For(nameof(input.Attended), "Say whether you went: true or false.");
        return TypedResults.Ok(await opportunities.SetAttendedAsync(id, attended, ct));
    }

    // Someone met is read with the event, so the Location is the event.
    private static async Task<Created<EventView>> AddPersonMetAsync(int id, MetInput input, OpportunityService opportunities, CancellationToken ct) =>
        TypedResults.Created($"{KithApi.Prefix}/events/{id}", await opportunities.AddPersonMetAsync(id, input, ct));

    private static async Task<NoContent> RemovePersonMetAsync(int id, int personId, OpportunityService opportunities, CancellationToken ct)
    {
        await opportunities.RemovePersonMetAsync(id, personId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<FileContentHttpResult> EventCalendarAsync(int id, FeedService feed, CancellationToken ct) =>
        TypedResults.File(Encoding.UTF8.GetBytes(await feed.EventIcsAsync(id, ct)), $"{Calendar}; charset=utf-8", $"kith-event-{id}.ics");
}

/// <summary>The body of POST /events/{id}/attended.</summary>
/// <param name="Attended">Whether I went.</param>
internal sealed record AttendedInput(bool? Attended);
