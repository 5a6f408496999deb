using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace SpecialtyTowns.Gateway.Errors;

/// <summary>
/// Answers every request minimal APIs could not bind (a wrong JSON type, truncated JSON, <c>[]</c>,
/// <c>null</c>, invalid UTF-8, a query value of the wrong type, a wrong content type) with
/// ProblemDetails; a 400 names the JSON path that failed, <c>$</c> for the body as a whole. Also the
/// gateway's own field errors found in a body an endpoint read itself (<see cref="RequestProblemsException"/>).
/// </summary>
public sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    /// <summary>The name under which errors of the body as a whole (not an object, empty, <c>null</c>) are keyed.</summary>
    public const string Root = "$";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (httpContext.Response.HasStarted)
        {
            return false;
        }

        if (exception is RequestProblemsException found)
        {
            httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
            var details = new ValidationProblemDetails(found.Problems.Errors.ToDictionary()) { Title = RequestProblems.Title, Status = StatusCodes.Status400BadRequest };
            return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details, Exception = exception });
        }

        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        // A JSON body that is missing or the literal null ("Implicit body inferred for parameter ... but no body
        // was provided", "Required parameter ... was not provided from body"): the body as a whole is at fault.
        var wholeBody = bad.InnerException is null
            && (bad.Message.Contains("no body was provided", StringComparison.Ordinal) || bad.Message.Contains("not provided from body", StringComparison.Ordinal));
        ProblemDetails problem = bad.StatusCode == StatusCodes.Status400BadRequest
            ? new ValidationProblemDetails(new Dictionary<string, string[]> { [wholeBody ? Root : FieldOf(bad)] = [wholeBody ? "a JSON object is required" : MessageOf(bad)] })
            {
                Title = RequestProblems.Title,
            }
            : new ProblemDetails { Title = bad.Message };
        problem.Status = bad.StatusCode;
        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>System.Text.Json's path (<c>$.contacts[0].email</c>) without its root: <c>contacts[0].email</c>.</summary>
    public static string FromJsonPath(string? path) => path switch
    {
        null or "" or "$" => Root,
        _ when path.StartsWith("$.", StringComparison.Ordinal) => path[2..],
        _ when path.StartsWith('$') => path[1..],
        _ => path,
    };

    private static string FieldOf(BadHttpRequestException bad)
    {
        if (bad.InnerException is JsonException json)
        {
            return FromJsonPath(json.Path);
        }

        // "Failed to bind parameter "Nullable<int> PageSize" from "abc"." names a query or header value.
        var match = ParameterName().Match(bad.Message);
        return match.Success ? JsonNamingPolicy.CamelCase.ConvertName(match.Groups["name"].Value) : Root;
    }

    private static string MessageOf(BadHttpRequestException bad) => bad.InnerException switch
    {
        JsonException { Path: not null } => "is not of the expected type or is not valid JSON",
        JsonException => "is not valid JSON",
        _ => "has a value of the wrong type",
    };

    [GeneratedRegex("""parameter "(?:[^"]* )?(?<name>[^" ]+)" """, RegexOptions.CultureInvariant)]
    private static partial Regex ParameterName();
}
