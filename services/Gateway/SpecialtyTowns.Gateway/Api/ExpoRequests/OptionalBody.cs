using System.Text.Json;
using SpecialtyTowns.Gateway.Errors;

namespace SpecialtyTowns.Gateway.Api.ExpoRequests;

/// <summary>
/// A body that may be left out (accept needs none): read only when the request sends JSON, so an empty
/// POST of any content type is answered by the route's rules rather than 415. The endpoint filter never
/// sees such a body, so its text and null-item checks run here (a 400 naming the field).
/// </summary>
public static class OptionalBody
{
    public static async Task<T?> ReadAsync<T>(HttpRequest http, CancellationToken cancellationToken)
        where T : class
    {
        if (!http.HasJsonContentType() || http.ContentLength == 0)
        {
            return null;
        }

        try
        {
            var body = await http.ReadFromJsonAsync<T>(cancellationToken);
            var problems = TextInputFilter.CheckBody(body);
            return problems.HasErrors ? throw new RequestProblemsException(problems) : body;
        }
        catch (JsonException exception)
        {
            throw new BadHttpRequestException("The body is not valid JSON", StatusCodes.Status400BadRequest, exception);
        }
    }
}
