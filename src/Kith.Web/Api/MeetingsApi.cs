using System.Text;
using Kith.Core.Common;
using Kith.Core.Mentoring;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kith.Web.Api;

/// <summary>/api/v1/meetings: choosing a time, preparing, recording what I took away, and the calendar invite.</summary>
internal static class MeetingsApi
{
    public const string GetMeeting = "GetMeeting";
    private const string Calendar = "text/calendar";

    public static RouteGroupBuilder MapMeetingsApi(this RouteGroupBuilder api)
    {
        var meetings = api.MapGroup("/meetings").WithTags("Meetings");
        meetings.MapGet("/{id:int}", GetAsync)
            .WithName(GetMeeting)
            .WithSummary("Gets a mentoring meeting: its time (or the times offered), prep notes and notes after; times in my zone's offset.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        meetings.MapPost("/{id:int}/choose", ChooseAsync)
            .WithName("ChooseMeetingTime")
            .WithSummary("Schedules the meeting at the offered time the mentor picked.")
            .WithDescription("Choosing a different time later moves the meeting; its invite keeps the same UID with a higher SEQUENCE, so calendars update it.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        meetings.MapPut("/{id:int}/prep", SavePrepAsync)
            .WithName("SaveMeetingPrep")
            .WithSummary("Saves the notes to prepare: what I want to ask, what I did since last time. Empty clears them.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        meetings.MapPost("/{id:int}/record", RecordAsync)
            .WithName("RecordMeeting")
            .WithSummary("Records the meeting as held with my notes: logs it on the mentor's timeline and adds a thank-you follow-up.")
            .WithDescription("heldOn (YYYY-MM-DD) defaults to the scheduled day, or today. Logging resets the mentor's keep-in-touch cadence and moves the mentorship's meeting rhythm on.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        meetings.MapPost("/{id:int}/cancel", CancelAsync)
            .WithName("CancelMeeting")
            .WithSummary("Cancels a meeting not yet held; its invite becomes a cancellation.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        meetings.MapGet("/{id:int}/invite.ics", InviteAsync)
            .WithName("DownloadMeetingInvite")
            .WithSummary("Downloads an RFC 5545 calendar invite for a meeting whose time is chosen. My prep notes are never in it.")
            .Produces<string>(StatusCodes.Status200OK, Calendar)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Ok<MeetingView>> GetAsync(int id, MentorshipService mentorships, CancellationToken ct) =>
        TypedResults.Ok(await mentorships.GetMeetingAsync(id, ct));

    private static async Task<Ok<MeetingView>> ChooseAsync(int id, ChooseTimeInput input, MentorshipService mentorships, CancellationToken ct)
    {
        if (input.ProposalId is not { } proposalId)
            throw ValidationFailedException.For(nameof(input.ProposalId), "Choose one of the offered times by its id (proposals[].id).");
        return TypedResults.Ok(await mentorships.ChooseTimeAsync(id, proposalId, ct));
    }

    private static async Task<Ok<MeetingView>> SavePrepAsync(int id, MeetingPrepInput input, MentorshipService mentorships, CancellationToken ct) =>
        TypedResults.Ok(await mentorships.SavePrepAsync(id, input.PrepNotes, ct));

    private static async Task<Ok<MeetingView>> RecordAsync(int id, MeetingRecordInput input, MentorshipService mentorships, CancellationToken ct) =>
        TypedResults.Ok(await mentorships.RecordMeetingAsync(id, input, ct));

    private static async Task<Ok<MeetingView>> CancelAsync(int id, MentorshipService mentorships, CancellationToken ct) =>
        TypedResults.Ok(await mentorships.CancelMeetingAsync(id, ct));

    private static async Task<FileContentHttpResult> InviteAsync(int id, MentorshipService mentorships, CancellationToken ct)
    {
        var invite = await mentorships.MeetingInviteAsync(id, ct);
        return TypedResults.File(Encoding.UTF8.GetBytes(invite), $"{Calendar}; charset=utf-8", $"kith-meeting-{id}.ics");
    }
}

/// <summary>The body of POST /meetings/{id}/choose.</summary>
/// <param name="ProposalId">The id of one of the meeting's offered times (its proposals[].id).</param>
internal sealed record ChooseTimeInput(int? ProposalId);

/// <summary>The body of PUT /meetings/{id}/prep.</summary>
/// <param name="PrepNotes">What I want to ask and what I did since last time; empty clears them.</param>
internal sealed record MeetingPrepInput(string? PrepNotes);
