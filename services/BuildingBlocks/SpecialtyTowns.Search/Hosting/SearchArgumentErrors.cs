using System.Text.RegularExpressions;
using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.Search.Hosting;

/// <summary>
/// For a service's search RPCs: the index names a bad parameter as the query has it ("pageSize", "chainPosition");
/// clients know it by the proto's field name ("page_size", "chain_position").
/// </summary>
public static partial class SearchArgumentErrors
{
    /// <summary>Runs <paramref name="search"/>; an <see cref="ArgumentException"/> becomes a field violation under the proto's name.</summary>
    /// <exception cref="RequestValidationException">The search refused a parameter.</exception>
    public static T Guarded<T>(Func<T> search)
    {
        ArgumentNullException.ThrowIfNull(search);
        try
        {
            return search();
        }
        catch (ArgumentException exception)
        {
            var field = exception.ParamName is { } name ? SnakeCase().Replace(name, "_$1").ToLowerInvariant() : "query";
            var message = exception.Message.Split(" (Parameter")[0];
            throw new RequestValidationException([new FieldViolation(field, message)]);
        }
    }

    [GeneratedRegex("(?<!^)([A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex SnakeCase();
}
