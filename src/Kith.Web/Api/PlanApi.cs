using System.Text;
using Kith.Core.Common;
using Kith.Core.Feed;
using Kith.Core.Plan;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Api;

/// <summary>/api/v1/plan: the time set aside each week, its slots, and whom to meet in each one.</summary>
internal static class PlanApi
{
    private const string Calendar = "text/calendar";

    public static RouteGroupBuilder MapPlanApi(this RouteGroupBuilder api)
    {
        var plan = api.MapGroup("/plan").WithTags("Plan");
        plan.MapGet("/", GetAsync)
            .WithName("GetPlan")
            .WithSummary("The weekly plan: budget, slots, the coming weeks' slots each with a suggested person and why, adherence and streak.")
            .WithDescription("weeks: how many weeks ahead to plan, 1 to 26 (default 8), counting this one. Each upcoming slot is maintaining (a cadence coming due) or expanding (someone new or lightly known); nobody met within the rotation is suggested.")
            .ProducesValidationProblem();
        plan.MapPut("/", SetAsync)
            .WithName("SetPlan")
            .WithSummary("Sets the minutes a week set aside for networking, and the rotation: weeks before someone is suggested again.")
            .WithDescription("weeklyBudgetMinutes: 15 to 2400. rotationWeeks: 1 to 52; left out, it stays as it was (default 8).")
            .ProducesValidationProblem();

        var slots = plan.MapGroup("/slots");
        slots.MapPost("/", AddSlotAsync)
            .WithName("AddPlanSlot")
            .WithSummary("Adds a recurring slot, e.g. Wednesday 12:00 for an hour, lunch.")
            .WithDescription("day: monday … sunday. startsAt: HH:MM, local, kept across DST changes. durationMinutes defaults to 60. kind: lunch (default), coffee, call… startsOn: YYYY-MM-DD, default today. At most 14 slots.")
            .ProducesValidationProblem();
        slots.MapPut("/{id:int}", UpdateSlotAsync)
            .WithName("UpdatePlanSlot")
            .WithSummary("Replaces every field of a slot; startsOn left out keeps the day it started.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        slots.MapDelete("/{id:int}", EndSlotAsync)
            .WithName("EndPlanSlot")
            .WithSummary("Ends a slot from today; the weeks it ran still count for adherence. A slot that has not started yet is removed.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        slots.MapGet("/{id:int}/calendar.ics", SlotCalendarAsync)
            .WithName("DownloadPlanSlotCalendar")
            .WithSummary("Downloads a slot as an RFC 5545 weekly series in my time zone, so it stays at the same local time across DST changes.")
            .Produces<string>(StatusCodes.Status200OK, Calendar)
            .ProducesProblem(StatusCodes.Status404NotFound);

        // One occurrence of a slot is named by its day, YYYY-MM-DD.
        var occurrence = slots.MapGroup("/{id:int}/occurrences/{on}");
        occurrence.MapPost("/accept", AcceptAsync)
            .WithName("AcceptPlanSuggestion")
            .WithSummary("Accepts the suggested person for one day's slot, or the person named as personId.")
            .WithDescription("The body is optional: {\"personId\": 7} to meet someone other than the suggestion. Days that have passed are refused.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        occurrence.MapPost("/swap", SwapAsync)
            .WithName("SwapPlanSuggestion")
            .WithSummary("Passes over the suggested (or accepted) person for one day's slot and suggests the next one.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        occurrence.MapPost("/skip", SkipAsync)
            .WithName("SkipPlanSlot")
            .WithSummary("Skips one day's slot; it counts as scheduled and not kept.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        occurrence.MapPost("/done", DoneAsync)
            .WithName("MarkPlanSlotDone")
            .WithSummary("Marks one day's slot kept and logs the interaction in the same step, which resets that person's cadence.")
            .WithDescription("The body is optional: personId (default the accepted or suggested person), summary, notes, exchange gave|asked|neither. Only days that have come.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Ok<PlanView>> GetAsync(int? weeks, PlanService plans, CancellationToken ct)
    {
        // The service would clamp; a client asking for 52 weeks should hear it gets at most 26.
        if (weeks is < 1 or > PlanService.MaxWeeksAhead)
            throw ValidationFailedException.For("Weeks", $"Plan between 1 and {PlanService.MaxWeeksAhead} weeks ahead.");
        return TypedResults.Ok(await plans.GetAsync(weeks ?? 8, ct));
    }

    private static async Task<Ok<PlanView>> SetAsync(PlanInput input, PlanService plans, CancellationToken ct) =>
        TypedResults.Ok(await plans.SetPlanAsync(input, ct));

    // A slot is read with the plan (GET /plan); there is no URL of its own for a Location header.
    private static async Task<Created<SlotView>> AddSlotAsync(SlotInput input, PlanService plans, CancellationToken ct) =>
        TypedResults.Created((string?)null, await plans.AddSlotAsync(input, ct));

    private static async Task<Ok<SlotView>> UpdateSlotAsync(int id, SlotInput input, PlanService plans, CancellationToken ct) =>
        TypedResults.Ok(await plans.UpdateSlotAsync(id, input, ct));

    private static async Task<NoContent> EndSlotAsync(int id, PlanService plans, CancellationToken ct)
    {
        await plans.EndSlotAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<FileContentHttpResult> SlotCalendarAsync(int id, FeedService feed, CancellationToken ct) =>
        TypedResults.File(Encoding.UTF8.GetBytes(await feed.SlotIcsAsync(id, ct)), $"{Calendar}; charset=utf-8", $"kith-slot-{id}.ics");

    private static async Task<Ok<PlannedSlotView>> AcceptAsync(
        int id, string on, [FromBody] AcceptInput? input, PlanService plans, CancellationToken ct) =>
        TypedResults.Ok(await plans.AcceptAsync(id, on, input?.PersonId, ct));

    private static async Task<Ok<PlannedSlotView>> SwapAsync(int id, string on, PlanService plans, CancellationToken ct) =>
        TypedResults.Ok(await plans.SwapAsync(id, on, ct));

    private static async Task<Ok<PlannedSlotView>> SkipAsync(int id, string on, PlanService plans, CancellationToken ct) =>
        TypedResults.Ok(await plans.SkipAsync(id, on, ct));

    private static async Task<Ok<PlannedSlotView>> DoneAsync(
        int id, string on, [FromBody] SlotDoneInput? input, PlanService plans, CancellationToken ct) =>
        TypedResults.Ok(await plans.DoneAsync(id, on, input ?? new SlotDoneInput(), ct));
}

/// <summary>The optional body of POST /plan/slots/{id}/occurrences/{on}/accept.</summary>
/// <param name="PersonId">Whom I will meet, when not the person suggested.</param>
internal sealed record AcceptInput(int? PersonId);
