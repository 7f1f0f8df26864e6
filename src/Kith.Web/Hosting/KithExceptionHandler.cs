using Kith.Core.Common;
using Kith.Web.Api;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Hosting;

/// <summary>
/// Turns Kith's rule violations into ProblemDetails: 400 with field errors, or 404; and a request
/// the framework could not read (bad JSON, a value of the wrong type) into a 400 naming the field.
/// </summary>
internal sealed class KithExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        // Pages show their own errors (next to fields, or the status page); only the API speaks ProblemDetails.
        if (!context.Request.Path.StartsWithSegments("/api")) return false;

        ProblemDetails? problem = exception switch
        {
            ValidationFailedException v => ValidationProblem(ApiFieldNames.ToCamelCase(v.Errors)),
            NotFoundException n => new ProblemDetails
            {
                Status = StatusCodes.Status404NotFound,
                Title = $"{n.What} not found.",
                Detail = n.Message,
            },
            BadHttpRequestException b => RequestReadingErrors.ToFieldErrors(b, context) is { } fields
                ? ValidationProblem(fields)
                : new ProblemDetails { Status = b.StatusCode, Title = "The request could not be read.", Detail = b.Message },
            _ => null,
        };
        if (problem is null) return false;

        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>One shape for every field error, whether Kith's rules or the JSON reader found it.</summary>
    private static HttpValidationProblemDetails ValidationProblem(Dictionary<string, string[]> errors) => new(errors)
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "Some fields need attention.",
        Detail = string.Join("; ", errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"))),
    };
}

/// <summary>Input field names as JSON clients see them: "FirstName" → "firstName", "Emails[1]" → "emails[1]".</summary>
internal static class ApiFieldNames
{
    public static Dictionary<string, string[]> ToCamelCase(IReadOnlyDictionary<string, string[]> errors) =>
        errors.ToDictionary(e => ToCamelCase(e.Key), e => e.Value);

    public static string ToCamelCase(string field) =>
        field.Length == 0 ? field : char.ToLowerInvariant(field[0]) + field[1..];
}
