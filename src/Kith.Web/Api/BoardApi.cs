using Kith.Core.Common;
using Kith.Core.Mentoring;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kith.Web.Api;

/// <summary>/api/v1/board: my personal board of mentors, my goals' areas against my mentors.</summary>
internal static class BoardApi
{
    public static RouteGroupBuilder MapBoardApi(this RouteGroupBuilder api)
    {
        var board = api.MapGroup("/board").WithTags("Board");
        board.MapGet("/", GetAsync)
            .WithName("GetBoard")
            .WithSummary("My areas × my mentors: gaps with suggestions from my network, and what the board as a whole lacks.")
            .WithDescription("Areas come from active goals and current mentorships; an area without an active mentor is a gap. Warning codes: no-goals, no-mentors, one-mentor, same-department, none-outside, quiet, boss-conflict, gaps.");
        board.MapGet("/candidates", CandidatesAsync)
            .WithName("ListMentorCandidates")
            .WithSummary("People from my network who could mentor me in one area, by expertise or tag; never me, my boss or my boss's boss.")
            .WithDescription("area is required, whether or not a goal names it yet. limit: 1 to 50 (default 10).")
            .ProducesValidationProblem();
        return api;
    }

    private static async Task<Ok<BoardView>> GetAsync(BoardService board, CancellationToken ct) =>
        TypedResults.Ok(await board.GetAsync(ct));

    private static async Task<Ok<IReadOnlyList<MentorSuggestion>>> CandidatesAsync(string? area, int? limit, BoardService board, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(area))
            errors.Add("Area", "Name the area you want a mentor for, e.g. public speaking.");
        if (limit is < 1 or > 50)
            errors.Add("Limit", "Ask for between 1 and 50 people.");
        errors.ThrowIfAny();
        return TypedResults.Ok(await board.CandidatesAsync(area!, limit ?? 10, ct));
    }
}
