using Kith.Core.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Hosting;

/// <summary>Turns Kith's rule violations into ProblemDetails: 400 with field errors, or 404.</summary>
internal sealed class KithExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails? problem = exception switch
        {
            ValidationFailedException v => new HttpValidationProblemDetails(ApiFieldNames.ToCamelCase(v.Errors))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "Some fields need attention.",
                Detail = v.Message,
            },
            NotFoundException n => new ProblemDetails
            {
                Status = StatusCodes.Status404NotFound,
                Title = $"{n.What} not found.",
                Detail = n.Message,
            },
            _ => null,
        };
        if (problem is null) return false;

        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }
}

/// <summary>Input field names as JSON clients see them: "FirstName" → "firstName", "Emails[1]" → "emails[1]".</summary>
internal static class ApiFieldNames
{
    public static Dictionary<string, string[]> ToCamelCase(IReadOnlyDictionary<string, string[]> errors) =>
        errors.ToDictionary(e => ToCamelCase(e.Key), e => e.Value);

    public static string ToCamelCase(string field) =>
        field.Length == 0 ? field : char.ToLowerInvariant(field[0]) + field[1..];
}
