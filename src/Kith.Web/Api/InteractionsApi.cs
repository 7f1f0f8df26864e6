using Kith.Core.Common;
using Kith.Core.Interactions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kith.Web.Api;

/// <summary>/api/v1/interactions: logging what I did with people, and their timelines.</summary>
internal static class InteractionsApi
{
    private const string GetInteraction = "GetInteraction";

    public static RouteGroupBuilder MapInteractionsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/people/{id:int}/interactions", TimelineAsync)
            .WithTags("Interactions")
            .WithName("ListPersonInteractions")
            .WithSummary("Lists one person's interactions, newest first.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        var interactions = api.MapGroup("/interactions").WithTags("Interactions");
        interactions.MapGet("/", ListAsync)
            .WithName("ListInteractions")
            .WithSummary("Lists every interaction, newest first.")
            .ProducesValidationProblem();
        interactions.MapPost("/", LogAsync)
            .WithName("LogInteraction")
            .WithSummary("Logs an interaction with one or more people; it resets their keep-in-touch cadences.")
            .WithDescription("occurredAt is a local date or date-time (YYYY-MM-DD or YYYY-MM-DDTHH:MM) and defaults to now. kind: lunch, coffee, call, email, message, meeting, event, other. exchange: gave, asked, neither.")
            .ProducesValidationProblem();
        interactions.MapGet("/{id:int}", GetAsync)
            .WithName(GetInteraction)
            .WithSummary("Gets one interaction.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        interactions.MapDelete("/{id:int}", DeleteAsync)
            .WithName("DeleteInteraction")
            .WithSummary("Deletes an interaction; each person's last contact falls back to their previous one.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Ok<Page<InteractionView>>> TimelineAsync(int id, int? page, int? pageSize, InteractionService interactions, CancellationToken ct) =>
        TypedResults.Ok(await interactions.ListAsync(new InteractionQuery { PersonId = id, Page = page, PageSize = pageSize }, ct));

    private static async Task<Ok<Page<InteractionView>>> ListAsync(int? page, int? pageSize, InteractionService interactions, CancellationToken ct) =>
        TypedResults.Ok(await interactions.ListAsync(new InteractionQuery { Page = page, PageSize = pageSize }, ct));

    private static async Task<CreatedAtRoute<InteractionView>> LogAsync(InteractionInput input, InteractionService interactions, CancellationToken ct)
    {
        var interaction = await interactions.LogAsync(input, ct);
        return TypedResults.CreatedAtRoute(interaction, GetInteraction, new { id = interaction.Id });
    }

    private static async Task<Ok<InteractionView>> GetAsync(int id, InteractionService interactions, CancellationToken ct) =>
        TypedResults.Ok(await interactions.GetAsync(id, ct));

    private static async Task<NoContent> DeleteAsync(int id, InteractionService interactions, CancellationToken ct)
    {
        await interactions.DeleteAsync(id, ct);
        return TypedResults.NoContent();
    }
}
