using Kith.Core.Common;
using Kith.Core.Mentoring;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kith.Web.Api;

/// <summary>/api/v1/goals: where I want to be in one year, two years and later, and the areas where mentoring would help.</summary>
internal static class GoalsApi
{
    private const string GetGoal = "GetGoal";

    public static RouteGroupBuilder MapGoalsApi(this RouteGroupBuilder api)
    {
        var goals = api.MapGroup("/goals").WithTags("Goals");
        goals.MapGet("/", ListAsync)
            .WithName("ListGoals")
            .WithSummary("Lists goals, one-year goals first, then by target date.")
            .WithDescription("status: active, achieved, dropped or all (default: every status). horizon: one-year, two-years or long-term.")
            .ProducesValidationProblem();
        goals.MapPost("/", CreateAsync)
            .WithName("CreateGoal")
            .WithSummary("Adds a goal with the areas where mentoring would help reach it.")
            .WithDescription("horizon: one-year (default), two-years, long-term. status: active (default), achieved, dropped. targetOn: YYYY-MM-DD. areas are shared across goals and matched against people's expertise.")
            .ProducesValidationProblem();
        goals.MapGet("/{id:int}", GetAsync)
            .WithName(GetGoal)
            .WithSummary("Gets a goal with its areas and progress notes, newest note first.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        goals.MapPut("/{id:int}", UpdateAsync)
            .WithName("UpdateGoal")
            .WithSummary("Replaces every field of a goal, its areas included; fields left out are cleared or reset to their defaults.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        goals.MapDelete("/{id:int}", DeleteAsync)
            .WithName("DeleteGoal")
            .WithSummary("Deletes a goal and its notes; its areas stay for other goals and mentorships.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        goals.MapPost("/{id:int}/areas", AddAreasAsync)
            .WithName("AddGoalAreas")
            .WithSummary("Adds areas to a goal, keeping the ones it has.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        goals.MapPost("/{id:int}/notes", AddNoteAsync)
            .WithName("AddGoalNote")
            .WithSummary("Adds a progress note to a goal: what moved forward, or what did not.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        goals.MapDelete("/{id:int}/notes/{noteId:int}", DeleteNoteAsync)
            .WithName("DeleteGoalNote")
            .WithSummary("Deletes one progress note of a goal.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Ok<Page<GoalSummary>>> ListAsync(string? status, string? horizon, int? page, int? pageSize, GoalService goals, CancellationToken ct) =>
        TypedResults.Ok(await goals.ListAsync(new GoalQuery(status, horizon, page, pageSize), ct));

    private static async Task<CreatedAtRoute<GoalDetail>> CreateAsync(GoalInput input, GoalService goals, CancellationToken ct)
    {
        var goal = await goals.CreateAsync(input, ct);
        return TypedResults.CreatedAtRoute(goal, GetGoal, new { id = goal.Id });
    }

    private static async Task<Ok<GoalDetail>> GetAsync(int id, GoalService goals, CancellationToken ct) =>
        TypedResults.Ok(await goals.GetAsync(id, ct));

    private static async Task<Ok<GoalDetail>> UpdateAsync(int id, GoalInput input, GoalService goals, CancellationToken ct) =>
        TypedResults.Ok(await goals.UpdateAsync(id, input, ct));

    private static async Task<NoContent> DeleteAsync(int id, GoalService goals, CancellationToken ct)
    {
        await goals.DeleteAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<GoalDetail>> AddAreasAsync(int id, GoalAreasInput input, GoalService goals, CancellationToken ct) =>
        TypedResults.Ok(await goals.AddAreasAsync(id, input.Areas, ct));

    // A note has no URL of its own (it is read with its goal), so the Location is the goal.
    private static async Task<Created<GoalNoteView>> AddNoteAsync(int id, GoalNoteInput input, GoalService goals, CancellationToken ct) =>
        TypedResults.Created($"{KithApi.Prefix}/goals/{id}", await goals.AddNoteAsync(id, input, ct));

    private static async Task<NoContent> DeleteNoteAsync(int id, int noteId, GoalService goals, CancellationToken ct)
    {
        await goals.DeleteNoteAsync(id, noteId, ct);
        return TypedResults.NoContent();
    }
}

/// <summary>The body of POST /goals/{id}/areas.</summary>
/// <param name="Areas">Areas to add, e.g. "public speaking"; ones the goal already has are kept once.</param>
internal sealed record GoalAreasInput(IReadOnlyList<string>? Areas);
