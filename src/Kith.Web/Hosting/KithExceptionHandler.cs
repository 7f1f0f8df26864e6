using Kith.Core.Common;
using Kith.Core.Import;
using Kith.Web.Api;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Hosting;

/// <summary>
/// Turns Kith's rule violations into ProblemDetails: 400 with field errors, or 404; and a request
/// the framework could not read (bad JSON, a value of the wrong type) into a 400 naming the field.
/// A file that cannot be imported is a 400 too, its errors under "file" (the whole file) or
/// "line 12" (rows), so a client reads every refusal the same way; see <see cref="ImportErrors"/>.
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
            ImportFileException f => ValidationProblem(ImportErrors.ForFile(f), ImportErrors.FileTitle, ImportErrors.Message(f)),
            ImportRejectedException r => ValidationProblem(ImportErrors.ForRows(r), ImportErrors.RowsTitle, ImportErrors.RowsDetail(r)),
            ImportBusyException busy => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Another import is running.",
                Detail = busy.Message,
            },
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
    private static HttpValidationProblemDetails ValidationProblem(Dictionary<string, string[]> errors, string? title = null, string? detail = null) => new(errors)
    {
        Status = StatusCodes.Status400BadRequest,
        Title = title ?? "Some fields need attention.",
        Detail = detail ?? string.Join("; ", errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"))),
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
