using Kith.Core.Common;
using Kith.Core.Networking;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kith.Web.Api;

/// <summary>/api/v1/networking: the ways to meet people that appeal to me, and the dated steps I committed to.</summary>
internal static class NetworkingApi
{
    public static RouteGroupBuilder MapNetworkingApi(this RouteGroupBuilder api)
    {
        var networking = api.MapGroup("/networking").WithTags("Networking");
        networking.MapGet("/", GetAsync)
            .WithName("GetNetworking")
            .WithSummary("The seven ways to meet people, which ones I picked, and my open networking steps.");
        networking.MapPut("/interests", SetInterestsAsync)
            .WithName("SetNetworkingInterests")
            .WithSummary("Replaces the ways to network that appeal to me.")
            .WithDescription("ways: weekly-lunch, professional-association, sports-league, volunteer-committee, union-role, outgoing-buddy, introduction. An empty list clears them.")
            .ProducesValidationProblem();
        networking.MapGet("/commitments", ListCommitmentsAsync)
            .WithName("ListNetworkingCommitments")
            .WithSummary("Lists networking steps I committed to, soonest first; status open (default), done or all.")
            .ProducesValidationProblem();
        networking.MapPost("/commitments", CommitAsync)
            .WithName("CommitToNetworking")
            .WithSummary("Commits to one concrete networking step on a day (YYYY-MM-DD, today or within a year); it shows on the agenda until done.")
            .WithDescription("description defaults to the way's first step. Committing to a way also marks it as one that appeals.")
            .ProducesValidationProblem();
        networking.MapPost("/commitments/{id:int}/done", MarkDoneAsync)
            .WithName("MarkNetworkingCommitmentDone")
            .WithSummary("Marks a networking step done.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        networking.MapPost("/commitments/{id:int}/reopen", ReopenAsync)
            .WithName("ReopenNetworkingCommitment")
            .WithSummary("Marks a done networking step open again.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        networking.MapDelete("/commitments/{id:int}", DeleteAsync)
            .WithName("DeleteNetworkingCommitment")
            .WithSummary("Deletes a networking step.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Ok<NetworkingChoicesView>> GetAsync(NetworkingService networking, CancellationToken ct) =>
        TypedResults.Ok(await networking.GetAsync(ct));

    private static async Task<Ok<NetworkingChoicesView>> SetInterestsAsync(NetworkingInterestsInput input, NetworkingService networking, CancellationToken ct) =>
        TypedResults.Ok(await networking.SetInterestsAsync(input.Ways, ct));

    private static async Task<Ok<Page<NetworkingCommitmentView>>> ListCommitmentsAsync(
        string? status, int? page, int? pageSize, NetworkingService networking, CancellationToken ct) =>
        TypedResults.Ok(await networking.ListCommitmentsAsync(status, page, pageSize, ct));

    // There is no single-step read; the body carries the id and the list shows it.
    private static async Task<Created<NetworkingCommitmentView>> CommitAsync(NetworkingCommitmentInput input, NetworkingService networking, CancellationToken ct) =>
        TypedResults.Created((string?)null, await networking.CommitAsync(input, ct));

    private static async Task<Ok<NetworkingCommitmentView>> MarkDoneAsync(int id, NetworkingService networking, CancellationToken ct) =>
        TypedResults.Ok(await networking.SetDoneAsync(id, done: true, ct));

    private static async Task<Ok<NetworkingCommitmentView>> ReopenAsync(int id, NetworkingService networking, CancellationToken ct) =>
        TypedResults.Ok(await networking.SetDoneAsync(id, done: false, ct));

    private static async Task<NoContent> DeleteAsync(int id, NetworkingService networking, CancellationToken ct)
    {
        await networking.DeleteAsync(id, ct);
        return TypedResults.NoContent();
    }
}

/// <summary>The body of PUT /networking/interests.</summary>
/// <param name="Ways">The ways that appeal, e.g. ["weekly-lunch", "professional-association"].</param>
internal sealed record NetworkingInterestsInput(IReadOnlyList<string>? Ways);
