using Kith.Core.Pitch;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kith.Web.Api;

/// <summary>/api/v1/pitch: my introduction, one version per audience, how long it takes to say, and my practice.</summary>
internal static class PitchApi
{
    private const string GetPitch = "GetPitch";

    public static RouteGroupBuilder MapPitchApi(this RouteGroupBuilder api)
    {
        var pitch = api.MapGroup("/pitch").WithTags("Pitch");
        pitch.MapGet("/", ListAsync)
            .WithName("ListPitches")
            .WithSummary("Lists my pitch versions (everyday, event, job-search), each with words, speaking time at 130 words a minute, a warning past 60 seconds, and recent practice.");
        // One version per audience, so the audience names it: PUT writes it whether or not it existed.
        pitch.MapPut("/{audience}", SaveAsync)
            .WithName("SavePitch")
            .WithSummary("Writes the version for an audience (everyday, event or job-search), replacing the one there was; practice stays with it.")
            .WithDescription("201 with a Location when the audience had no version yet, 200 when it replaced one.")
            .ProducesValidationProblem();
        pitch.MapGet("/{id:int}", GetAsync)
            .WithName(GetPitch)
            .WithSummary("Gets one pitch version with its word count, speaking time, warning and recent practice.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        pitch.MapDelete("/{id:int}", DeleteAsync)
            .WithName("DeletePitch")
            .WithSummary("Deletes a pitch version and its practice log.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        pitch.MapPost("/{id:int}/practices", AddPracticeAsync)
            .WithName("AddPitchPractice")
            .WithSummary("Logs a practice run: how long it took (durationSeconds), how it went (rating 1–5), when (practisedOn, default today) and notes.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        pitch.MapDelete("/{id:int}/practices/{practiceId:int}", DeletePracticeAsync)
            .WithName("DeletePitchPractice")
            .WithSummary("Deletes one practice run.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Ok<IReadOnlyList<PitchView>>> ListAsync(PitchService pitches, CancellationToken ct) =>
        TypedResults.Ok(await pitches.ListAsync(ct));

    private static async Task<Results<Created<PitchView>, Ok<PitchView>>> SaveAsync(
        string audience, PitchTextInput input, PitchService pitches, CancellationToken ct)
    {
        var existing = (await pitches.ListAsync(ct)).Select(p => p.Id).ToHashSet();
        var saved = await pitches.SaveAsync(new PitchInput(audience, input.Text), ct);
        return existing.Contains(saved.Id)
            ? TypedResults.Ok(saved)
            : TypedResults.Created($"{KithApi.Prefix}/pitch/{saved.Id}", saved);
    }

    private static async Task<Ok<PitchView>> GetAsync(int id, PitchService pitches, CancellationToken ct) =>
        TypedResults.Ok(await pitches.GetAsync(id, ct));

    private static async Task<NoContent> DeleteAsync(int id, PitchService pitches, CancellationToken ct)
    {
        await pitches.DeleteAsync(id, ct);
        return TypedResults.NoContent();
    }

    // A practice run is read with its pitch, so the Location is the pitch.
    private static async Task<Created<PitchView>> AddPracticeAsync(int id, PracticeInput input, PitchService pitches, CancellationToken ct) =>
        TypedResults.Created($"{KithApi.Prefix}/pitch/{id}", await pitches.AddPracticeAsync(id, input, ct));

    private static async Task<NoContent> DeletePracticeAsync(int id, int practiceId, PitchService pitches, CancellationToken ct)
    {
        await pitches.DeletePracticeAsync(id, practiceId, ct);
        return TypedResults.NoContent();
    }
}

/// <summary>The body of PUT /pitch/{audience}.</summary>
/// <param name="Text">What I would say: who I am, what I do now, what I am looking for. At most 1,000 words.</param>
internal sealed record PitchTextInput(string? Text);
