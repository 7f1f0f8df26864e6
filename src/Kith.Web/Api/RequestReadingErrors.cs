using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;

namespace Kith.Web.Api;

/// <summary>
/// Turns the framework's "could not read the request" failures (a JSON body that is not JSON or has
/// a value of the wrong type, a query value that is not a number) into field errors, so a client
/// gets the same ProblemDetails shape as for Kith's own validation errors.
/// </summary>
internal static partial class RequestReadingErrors
{
    /// <summary>The field and what is wrong with it, or null when the failure names no field.</summary>
    public static Dictionary<string, string[]>? ToFieldErrors(BadHttpRequestException exception, HttpContext context)
    {
        var field = exception.InnerException is JsonException json
            ? FromJson(json, BodyType(context))
            : FromParameter(exception.Message);
        return field is { } error ? new() { [error.Field] = [error.Message] } : null;
    }

    /// <summary>
    /// Raises the framework's own "Failed to bind parameter" failure for a query or route value of the
    /// wrong type ("page=abc"), before the endpoint runs. The request delegates generated at build time
    /// answer an unreadable optional value with a bare 400, naming nothing; the exception handler turns
    /// this failure into a field error, as it did when the delegates were built at run time. Only types
    /// whose parsing is known for certain are checked; any other value is left to the endpoint.
    /// </summary>
    public static Task ThrowOnUnreadableValues(HttpContext context, RequestDelegate next)
    {
        var parameters = context.GetEndpoint()?.Metadata.GetOrderedMetadata<IParameterBindingMetadata>() ?? [];
        foreach (var parameter in parameters)
        {
            if (!parameter.HasTryParse) continue;
            var type = Nullable.GetUnderlyingType(parameter.ParameterInfo.ParameterType) ?? parameter.ParameterInfo.ParameterType;
            var raw = context.Request.RouteValues.TryGetValue(parameter.Name, out var route) && route is not null
                ? Convert.ToString(route, CultureInfo.InvariantCulture)
                : context.Request.Query[parameter.Name].ToString();
            if (string.IsNullOrEmpty(raw)) continue;
            var (name, parses) = type switch
            {
                _ when type == typeof(int) => ("int", int.TryParse(raw, CultureInfo.InvariantCulture, out _)),
                _ when type == typeof(long) => ("long", long.TryParse(raw, CultureInfo.InvariantCulture, out _)),
                _ when type == typeof(bool) => ("bool", bool.TryParse(raw, out _)),
                _ => ("", true),
            };
            if (!parses)
                throw new BadHttpRequestException($"Failed to bind parameter \"{name} {parameter.Name}\" from \"{raw}\".");
        }
        return next(context);
    }

    // The exception handler middleware clears the endpoint before handlers run; its feature keeps it.
    private static Type? BodyType(HttpContext context) =>
        (context.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? context.GetEndpoint())?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;

    /// <summary>A body the serializer rejected. Its path ("$.personIds[1]") says which field.</summary>
    private static (string Field, string Message)? FromJson(JsonException json, Type? bodyType)
    {
        var path = json.Path is { Length: > 1 } p && p.StartsWith("$.", StringComparison.Ordinal) ? p[2..] : null;

        // The reader's own exception inside means the text is not JSON at all, wherever it broke.
        if (json.InnerException is JsonException)
        {
            var where = json.LineNumber is { } line ? $" (line {line + 1}, position {json.BytePositionInLine + 1})" : "";
            return (path ?? "body", $"The request body is not valid JSON{where}.");
        }
        if (path is null)
            return ("body", "Send a JSON object.");
        var expected = bodyType is null ? null : Describe(TypeAt(bodyType, path));
        return (path, expected is null ? "This value has the wrong type." : $"Expected {expected}.");
    }

    /// <summary>A query or route value that failed to bind. The framework only says which in its message.</summary>
    private static (string Field, string Message)? FromParameter(string message)
    {
        if (BindFailure().Match(message) is { Success: true } failed)
        {
            var value = failed.Groups["value"].Value;
            return (CamelCase(failed.Groups["name"].Value), Describe(failed.Groups["type"].Value) is { } expected
                ? $"'{value}' is not {expected}."
                : $"'{value}' is not a valid value here.");
        }
        if (MissingRequired().Match(message) is { Success: true } missing)
        {
            return missing.Groups["source"].Value == "body"
                ? ("body", "Send a JSON object.")
                : (CamelCase(missing.Groups["name"].Value), "This value is required.");
        }
        if (message.StartsWith("Implicit body inferred", StringComparison.Ordinal))
            return ("body", "Send a JSON object.");
        return null;
    }

    /// <summary>Follows "emails[1]" or "personIds" through the body type to the type expected there.</summary>
    private static Type? TypeAt(Type type, string path)
    {
        Type? current = type;
        foreach (var segment in PathSegment().Matches(path).Select(m => m.Value))
        {
            if (current is null) return null;
            current = segment.StartsWith('[')
                ? ElementType(current)
                : current.GetProperty(segment, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;
        }
        return current;
    }

    private static Type? ElementType(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : typeof(IEnumerable).IsAssignableFrom(type) && type.IsGenericType ? type.GetGenericArguments()[0]
        : null;

    private static string? Describe(Type? type)
    {
        if (type is null) return null;
        if (ElementType(type) is { } element)
            return Plural(element) is { } each ? $"a list of {each}" : "a list";
        return Scalar(type) ?? (type.IsClass ? "a JSON object" : null);
    }

    private static string? Scalar(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(string) => "text",
        var t when t == typeof(int) || t == typeof(long) => "a whole number",
        var t when t == typeof(bool) => "true or false",
        _ => null,
    };

    private static string? Plural(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(string) => "text values",
        var t when t == typeof(int) || t == typeof(long) => "whole numbers",
        _ => null,
    };

    /// <summary>Type names as the framework prints them in its messages: "Nullable<int>", "int?", "bool".</summary>
    private static string? Describe(string typeName) => UnwrapNullable(typeName) switch
    {
        "int" or "long" or "Int32" or "Int64" => "a whole number",
        "bool" or "Boolean" => "true or false",
        _ => null,
    };

    private static string UnwrapNullable(string typeName) =>
        typeName.StartsWith("Nullable<", StringComparison.Ordinal) ? typeName[9..^1] : typeName.TrimEnd('?');

    private static string CamelCase(string name) =>
        name.Length == 0 ? name : char.ToLower(name[0], CultureInfo.InvariantCulture) + name[1..];

    [GeneratedRegex("""^Failed to bind parameter "(?<type>\S+) (?<name>[^"]+)" from "(?<value>.*)"\.$""", RegexOptions.Singleline)]
    private static partial Regex BindFailure();

    [GeneratedRegex("""^Required parameter "(?<type>\S+) (?<name>[^"]+)" was not provided from (?<source>\w+)""")]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"[^.\[\]]+|\[\d+\]")]
    private static partial Regex PathSegment();
}
