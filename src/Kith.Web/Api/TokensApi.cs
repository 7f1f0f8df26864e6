using Kith.Core.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kith.Web.Api;

/// <summary>/api/v1/tokens: my personal API tokens, for the CLI and scripts.</summary>
internal static class TokensApi
{
    public static RouteGroupBuilder MapTokensApi(this RouteGroupBuilder api)
    {
        var tokens = api.MapGroup("/tokens").WithTags("Tokens");
        tokens.MapGet("/", ListAsync)
            .WithName("ListApiTokens")
            .WithSummary("My API tokens, newest first, revoked ones included: name, prefix, when made and last used. Never the secret.");
        tokens.MapPost("/", CreateAsync)
            .WithName("CreateApiToken")
            .WithSummary("Makes a named API token. The secret (kith_…) is in this response only; Kith keeps just its hash.")
            .WithDescription("Send it as Authorization: Bearer kith_… or give it to the CLI with --token / KITH_TOKEN. Needs accounts: in single-user mode there is no user to own a token.")
            .ProducesValidationProblem();
        tokens.MapDelete("/{id:int}", RevokeAsync)
            .WithName("RevokeApiToken")
            .WithSummary("Revokes a token: it stops working at once and stays in the list as revoked.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Ok<IReadOnlyList<ApiTokenView>>> ListAsync(ApiTokenService tokens, CancellationToken ct) =>
        TypedResults.Ok(await tokens.ListAsync(ct));

    private static async Task<Created<NewApiToken>> CreateAsync(ApiTokenInput input, ApiTokenService tokens, CancellationToken ct) =>
        TypedResults.Created($"{KithApi.Prefix}/tokens", await tokens.CreateAsync(input, ct));

    private static async Task<NoContent> RevokeAsync(int id, ApiTokenService tokens, CancellationToken ct)
    {
        await tokens.RevokeAsync(id, ct);
        return TypedResults.NoContent();
    }
}
