using Kith.Core.Common;
using Kith.Core.Mentoring;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kith.Web.Api;

/// <summary>/api/v1/mentorships: my mentors from candidate to ended, and the meetings and promises that go with them.</summary>
internal static class MentorshipsApi
{
    private const string GetMentorship = "GetMentorship";

    public static RouteGroupBuilder MapMentorshipsApi(this RouteGroupBuilder api)
    {
        var mentorships = api.MapGroup("/mentorships").WithTags("Mentorships");
        mentorships.MapGet("/", ListAsync)
            .WithName("ListMentorships")
            .WithSummary("Lists mentorships, active first, then by name.")
            .WithDescription("status: current (default: everything not ended), ended, all, or one status (candidate, asked, active, paused, ended). personId keeps one mentor's mentorships.")
            .ProducesValidationProblem();
        mentorships.MapPost("/", CreateAsync)
            .WithName("CreateMentorship")
            .WithSummary("Adds a mentorship: a person, or whom I am seeking (\"someone who has led a reorganisation\"), with a kind, areas and a meeting rhythm.")
            .WithDescription("kind: guardian-angel, shepherd, board-member (default). status: candidate (default), asked, active, paused, ended. askOn: YYYY-MM-DD. meetEvery with meetUnit days, weeks (default) or months. My boss and my boss's boss are refused (400 on personId, with the reason).")
            .ProducesValidationProblem();
        mentorships.MapGet("/{id:int}", GetAsync)
            .WithName(GetMentorship)
            .WithSummary("Gets a mentorship with its dated status history, meetings, commitments, my response times and any boss-rule conflict.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        mentorships.MapPut("/{id:int}", UpdateAsync)
            .WithName("UpdateMentorship")
            .WithSummary("Replaces every field of a mentorship; a changed status is recorded in its history, dated today.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        mentorships.MapDelete("/{id:int}", DeleteAsync)
            .WithName("DeleteMentorship")
            .WithSummary("Deletes a mentorship with its history, meetings and commitments. To keep the history, change its status to ended instead.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        mentorships.MapPost("/{id:int}/status", ChangeStatusAsync)
            .WithName("ChangeMentorshipStatus")
            .WithSummary("Moves a mentorship along candidate → asked → active → paused → ended, on a day (default today) with an optional note.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        mentorships.MapPost("/{id:int}/meetings", ProposeMeetingAsync)
            .WithName("ProposeMeeting")
            .WithSummary("Arranges a meeting: one time schedules it; several are offered for the mentor to choose from.")
            .WithDescription("times are local (YYYY-MM-DDTHH:MM in my zone) or carry their own offset, and must be still to come. durationMinutes defaults to 60.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        mentorships.MapGet("/{id:int}/commitments", ListCommitmentsAsync)
            .WithName("ListMentorshipCommitments")
            .WithSummary("Lists what this mentor asked of me and what I promised them; status open (default), done or all.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        mentorships.MapPost("/{id:int}/commitments", AddCommitmentAsync)
            .WithName("AddCommitment")
            .WithSummary("Records something my mentor asked of me (kind request) or I promised them (kind commitment, the default).")
            .WithDescription("askedOn defaults to today; dueOn is optional. Both YYYY-MM-DD.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Ok<Page<MentorshipSummary>>> ListAsync(
        string? status, int? personId, int? page, int? pageSize, MentorshipService mentorships, CancellationToken ct) =>
        TypedResults.Ok(await mentorships.ListAsync(new MentorshipQuery(status, personId, page, pageSize), ct));

    private static async Task<CreatedAtRoute<MentorshipDetail>> CreateAsync(MentorshipInput input, MentorshipService mentorships, CancellationToken ct)
    {
        var mentorship = await mentorships.CreateAsync(input, ct);
        return TypedResults.CreatedAtRoute(mentorship, GetMentorship, new { id = mentorship.Summary.Id });
    }

    private static async Task<Ok<MentorshipDetail>> GetAsync(int id, MentorshipService mentorships, CancellationToken ct) =>
        TypedResults.Ok(await mentorships.GetAsync(id, ct));

    private static async Task<Ok<MentorshipDetail>> UpdateAsync(int id, MentorshipInput input, MentorshipService mentorships, CancellationToken ct) =>
        TypedResults.Ok(await mentorships.UpdateAsync(id, input, ct));

    private static async Task<NoContent> DeleteAsync(int id, MentorshipService mentorships, CancellationToken ct)
    {
        await mentorships.DeleteAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<MentorshipDetail>> ChangeStatusAsync(int id, StatusChangeInput input, MentorshipService mentorships, CancellationToken ct) =>
        TypedResults.Ok(await mentorships.ChangeStatusAsync(id, input, ct));

    private static async Task<CreatedAtRoute<MeetingView>> ProposeMeetingAsync(int id, MeetingInput input, MentorshipService mentorships, CancellationToken ct)
    {
        var meeting = await mentorships.ProposeMeetingAsync(id, input, ct);
        return TypedResults.CreatedAtRoute(meeting, MeetingsApi.GetMeeting, new { id = meeting.Id });
    }

    private static async Task<Ok<Page<CommitmentView>>> ListCommitmentsAsync(
        int id, string? status, int? page, int? pageSize, MentorshipService mentorships, CancellationToken ct) =>
        TypedResults.Ok(await mentorships.ListCommitmentsAsync(new CommitmentQuery(id, status, page, pageSize), ct));

    // Commitments are read through their mentorship or the /commitments list; the body carries the id.
    private static async Task<Created<CommitmentView>> AddCommitmentAsync(int id, CommitmentInput input, MentorshipService mentorships, CancellationToken ct) =>
        TypedResults.Created((string?)null, await mentorships.AddCommitmentAsync(id, input, ct));
}
