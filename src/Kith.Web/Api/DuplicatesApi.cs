using Kith.Core.Common;
using Kith.Core.People;
using Kith.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kith.Web.Api;

/// <summary>/api/v1/duplicates and merging: people recorded twice, made one without losing anything of either.</summary>
internal static class DuplicatesApi
{
    public static RouteGroupBuilder MapDuplicatesApi(this RouteGroupBuilder api)
    {
        var duplicates = api.MapGroup("/").WithTags("Duplicates");
        duplicates.MapGet("/duplicates", ListAsync)
            .WithName("ListDuplicates")
            .WithSummary("Groups of people who look like the same person (same e-mail, LinkedIn address or phone, or a similar name at the same organisation), with the reason.");
        duplicates.MapPost("/people/{id:int}/merge", MergeAsync)
            .WithName("MergePeople")
            .WithSummary("Merges person otherId into this one: every interaction, follow-up, mentorship, tag, e-mail and phone of both is kept, missing fields are filled from the other, and the other is deleted. One transaction.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Ok<IReadOnlyList<DuplicateGroup>>> ListAsync(MergeService merge, CancellationToken ct) =>
        TypedResults.Ok(await merge.FindDuplicatesAsync(ct));

    private static async Task<Ok<PersonDetail>> MergeAsync(int id, MergeInput input, MergeService merge, ImportFlow imports, CancellationToken ct)
    {
        if (input.OtherId is not { } otherId)
            throw ValidationFailedException.For(nameof(MergeInput.OtherId), "Say which person to merge into this one.");
        var kept = await merge.MergeAsync(id, otherId, ct);
        imports.PeopleChanged();
        return TypedResults.Ok(kept);
    }
}

/// <summary>Whom to merge into the person in the address.</summary>
/// <param name="OtherId">The person who is merged in and then deleted.</param>
internal sealed record MergeInput(int? OtherId);
