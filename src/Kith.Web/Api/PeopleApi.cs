using Kith.Core.Common;
using Kith.Core.People;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kith.Web.Api;

/// <summary>/api/v1/people: adding, changing, finding and removing the people I know.</summary>
internal static class PeopleApi
{
    private const string GetPerson = "GetPerson";

    public static RouteGroupBuilder MapPeopleApi(this RouteGroupBuilder api)
    {
        var people = api.MapGroup("/people").WithTags("People");

        people.MapGet("/", ListAsync)
            .WithName("ListPeople")
            .WithSummary("Lists people, filtered and paged, sorted by name.")
            .WithDescription("role, level and employer take the same words as a person's fields, e.g. role=former-colleague, level=more-senior, employer=inside. overdue=true keeps people past their maximum keep-in-touch interval.")
            .ProducesValidationProblem();
        people.MapPost("/", CreateAsync)
            .WithName("CreatePerson")
            .WithSummary("Adds a person.")
            .ProducesValidationProblem();
        people.MapGet("/lookup", LookupAsync)
            .WithName("LookUpPeople")
            .WithSummary("Looks people up by part of their name, as one types: the first few by name.")
            .WithDescription("q: words that must each start a word of the person's names, organisation, department, title or e-mails (notes do not count). includeMe=true offers my own record too. limit: 1 to 100, 20 if left out. Forms' person pickers use this in networks too large to list everyone.")
            .ProducesValidationProblem();
        people.MapGet("/me", GetMeAsync)
            .WithName("GetMe")
            .WithSummary("Gets my own record.");
        people.MapGet("/{id:int}", GetAsync)
            .WithName(GetPerson)
            .WithSummary("Gets everything about one person.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        people.MapPut("/{id:int}", UpdateAsync)
            .WithName("UpdatePerson")
            .WithSummary("Replaces every field of a person; fields left out are cleared.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        people.MapDelete("/{id:int}", DeleteAsync)
            .WithName("DeletePerson")
            .WithSummary("Deletes a person with their cadence, follow-ups and the interactions only they were in; shared interactions stay. My own record cannot be deleted.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Ok<Page<PersonSummary>>> ListAsync(
        PeopleService people,
        string? search, string? role, string? department, string? level, string? employer, string? tag,
        bool? overdue, int? page, int? pageSize, CancellationToken ct)
    {
        var query = new PeopleQuery
        {
            Search = search, Role = role, Department = department, Level = level, Employer = employer, Tag = tag,
            Overdue = overdue ?? false, Page = page, PageSize = pageSize,
        };
        return TypedResults.Ok(await people.ListAsync(query, ct));
    }

    private static async Task<Ok<IReadOnlyList<PersonPick>>> LookupAsync(PeopleService people, string? q, bool? includeMe, int? limit, CancellationToken ct) =>
        TypedResults.Ok(await people.LookupAsync(q, includeMe ?? false, limit ?? PeopleService.LookupLimit, ct));

    private static async Task<CreatedAtRoute<PersonDetail>> CreateAsync(PersonInput input, PeopleService people, CancellationToken ct)
    {
        var person = await people.CreateAsync(input, ct);
        return TypedResults.CreatedAtRoute(person, GetPerson, new { id = person.Id });
    }

    private static async Task<Ok<PersonDetail>> GetMeAsync(PeopleService people, CancellationToken ct) =>
        TypedResults.Ok(await people.GetMeAsync(ct));

    private static async Task<Ok<PersonDetail>> GetAsync(int id, PeopleService people, CancellationToken ct) =>
        TypedResults.Ok(await people.GetAsync(id, ct));

    private static async Task<Ok<PersonDetail>> UpdateAsync(int id, PersonInput input, PeopleService people, CancellationToken ct) =>
        TypedResults.Ok(await people.UpdateAsync(id, input, ct));

    private static async Task<NoContent> DeleteAsync(int id, PeopleService people, CancellationToken ct)
    {
        await people.DeleteAsync(id, ct);
        return TypedResults.NoContent();
    }
}
