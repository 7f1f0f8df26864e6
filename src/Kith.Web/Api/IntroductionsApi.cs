using Kith.Core.Common;
using Kith.Core.Opportunities;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kith.Web.Api;

/// <summary>/api/v1/introductions: asking a connector to introduce me, from to-ask to met.</summary>
internal static class IntroductionsApi
{
    private const string GetIntroduction = "GetIntroduction";

    public static RouteGroupBuilder MapIntroductionsApi(this RouteGroupBuilder api)
    {
        var introductions = api.MapGroup("/introductions").WithTags("Introductions");
        introductions.MapGet("/", ListAsync)
            .WithName("ListIntroductions")
            .WithSummary("Lists introductions, open ones first (those still to ask on top), then met ones, newest first.")
            .WithDescription("status: all (default), open (not met yet), or one status: to-ask, asked, introduced, met.")
            .ProducesValidationProblem();
        introductions.MapPost("/", CreateAsync)
            .WithName("CreateIntroduction")
            .WithSummary("Adds an introduction to ask for: the connector, and the person (targetId) or people (targetDescription) to meet, and why.")
            .WithDescription("It starts as to-ask. targetDescription is for people I cannot name yet, e.g. \"someone in Treasury\".")
            .ProducesValidationProblem();
        introductions.MapGet("/{id:int}", GetAsync)
            .WithName(GetIntroduction)
            .WithSummary("Gets an introduction with the day of each step taken.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        introductions.MapDelete("/{id:int}", DeleteAsync)
            .WithName("DeleteIntroduction")
            .WithSummary("Deletes an introduction; a person met through it, and the follow-ups, stay.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        introductions.MapPost("/{id:int}/steps", AdvanceAsync)
            .WithName("AdvanceIntroduction")
            .WithSummary("Moves an introduction on to asked, introduced or met, on a day (default today).")
            .WithDescription("On met, the person met (met.personId, met.newPerson, or the target) is linked or created with \"Introduced by …\" as how we met, the meeting is logged, and two follow-ups are set: thank the connector, and follow up with the new contact.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Ok<Page<IntroductionView>>> ListAsync(
        string? status, int? page, int? pageSize, IntroductionService introductions, CancellationToken ct) =>
        TypedResults.Ok(await introductions.ListAsync(status, page, pageSize, ct));

    private static async Task<CreatedAtRoute<IntroductionView>> CreateAsync(IntroductionInput input, IntroductionService introductions, CancellationToken ct)
    {
        var introduction = await introductions.CreateAsync(input, ct);
        return TypedResults.CreatedAtRoute(introduction, GetIntroduction, new { id = introduction.Id });
    }

    private static async Task<Ok<IntroductionView>> GetAsync(int id, IntroductionService introductions, CancellationToken ct) =>
        TypedResults.Ok(await introductions.GetAsync(id, ct));

    private static async Task<NoContent> DeleteAsync(int id, IntroductionService introductions, CancellationToken ct)
    {
        await introductions.DeleteAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IntroductionView>> AdvanceAsync(int id, IntroductionStepInput input, IntroductionService introductions, CancellationToken ct) =>
        TypedResults.Ok(await introductions.AdvanceAsync(id, input, ct));
}
