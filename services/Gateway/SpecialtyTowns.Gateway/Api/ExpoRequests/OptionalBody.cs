using System.Text.Json;

namespace SpecialtyTowns.Gateway.Api.ExpoRequests;

/// <summary>
/// A body that may be left out (accept needs none): read only when the request sends JSON, so an empty
/// POST of any content type is answered by the route's rules rather than 415.
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
            return await http.ReadFromJsonAsync<T>(cancellationToken);
        }
        catch (JsonException exception)
        {
            throw new BadHttpRequestException("The body is not valid JSON", StatusCodes.Status400BadRequest, exception);
        }
    }
}
