using Kith.Core.Common;
using Kith.Core.Mentoring;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Api;

/// <summary>/api/v1/commitments: what my mentors asked of me and what I promised them, across mentorships.</summary>
internal static class CommitmentsApi
{
    public static RouteGroupBuilder MapCommitmentsApi(this RouteGroupBuilder api)
    {
        var commitments = api.MapGroup("/commitments").WithTags("Commitments");
        commitments.MapGet("/", ListAsync)
            .WithName("ListCommitments")
            .WithSummary("Lists my commitments to mentors, open first and soonest due first; status open (default), done or all.")
            .WithDescription("mentorshipId keeps one mentorship's. Each done one says how many days it took (responseDays).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        commitments.MapGet("/responses", ResponsesAsync)
            .WithName("GetResponseTimes")
            .WithSummary("How responsive I am as a mentee, across all my mentors: done on time or late, overdue, median and average days to deliver.")
            .WithDescription("Each mentorship's own figures are in GET /mentorships/{id} (responses).");
        commitments.MapPost("/{id:int}/done", MarkDoneAsync)
            .WithName("MarkCommitmentDone")
            .WithSummary("Marks a commitment done, today or on an earlier day given as \"on\" (YYYY-MM-DD) in the query or body.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        commitments.MapPost("/{id:int}/reopen", ReopenAsync)
            .WithName("ReopenCommitment")
            .WithSummary("Marks a done commitment open again.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        commitments.MapDelete("/{id:int}", DeleteAsync)
            .WithName("DeleteCommitment")
            .WithSummary("Deletes a commitment.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Ok<Page<CommitmentView>>> ListAsync(
        string? status, int? mentorshipId, int? page, int? pageSize, MentorshipService mentorships, CancellationToken ct) =>
        TypedResults.Ok(await mentorships.ListCommitmentsAsync(new CommitmentQuery(mentorshipId, status, page, pageSize), ct));

    private static async Task<Ok<ResponseSummary>> ResponsesAsync(MentorshipService mentorships, CancellationToken ct) =>
        TypedResults.Ok(await mentorships.ResponsesAsync(ct: ct));

    // A client may send the day either way; with neither it is done today.
    private static async Task<Ok<CommitmentView>> MarkDoneAsync(
        int id, string? on, [FromBody] CommitmentDoneInput? input, MentorshipService mentorships, CancellationToken ct) =>
        TypedResults.Ok(await mentorships.SetCommitmentDoneAsync(id, done: true, input?.On ?? on, ct));

    private static async Task<Ok<CommitmentView>> ReopenAsync(int id, MentorshipService mentorships, CancellationToken ct) =>
        TypedResults.Ok(await mentorships.SetCommitmentDoneAsync(id, done: false, ct: ct));

    private static async Task<NoContent> DeleteAsync(int id, MentorshipService mentorships, CancellationToken ct)
    {
        await mentorships.DeleteCommitmentAsync(id, ct);
        return TypedResults.NoContent();
    }
}

/// <summary>The optional body of POST /commitments/{id}/done.</summary>
/// <param name="On">The day it was done, YYYY-MM-DD; defaults to today.</param>
internal sealed record CommitmentDoneInput(string? On);
