using System.Globalization;
using System.Text;

namespace SpecialtyTowns.Gateway.Errors;

/// <summary>
/// Refuses a query string whose percent-encoded bytes are not UTF-8 (a stray byte, an encoded
/// lone surrogate) with a 400 naming the parameter. ASP.NET would decode them to U+FFFD and
/// the request would go on as if the client had sent that character.
/// </summary>
public sealed class QueryStringEncoding(RequestDelegate next)
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public async Task InvokeAsync(HttpContext context)
    {
        var query = context.Request.QueryString.Value;
        if (!string.IsNullOrEmpty(query))
        {
            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var (name, value) = pair.IndexOf('=', StringComparison.Ordinal) is var at and >= 0 ? (pair[..at], pair[(at + 1)..]) : (pair, string.Empty);
                var field = Uri.UnescapeDataString(name.Replace('+', ' '));
                if (!IsUtf8(name) || !IsUtf8(value))
                {
                    errors[field] = ["is not valid UTF-8 once percent-decoded"];
                }
            }

            if (errors.Count > 0)
            {
                await Results.ValidationProblem(errors, title: "The request is invalid").ExecuteAsync(context);
                return;
            }
        }

        await next(context);
    }

    private static bool IsUtf8(string encoded)
    {
        if (!encoded.Contains('%', StringComparison.Ordinal))
        {
            return true;
        }

        var bytes = new List<byte>(encoded.Length);
        for (var i = 0; i < encoded.Length; i++)
        {
            if (encoded[i] == '%' && i + 2 < encoded.Length
                && byte.TryParse(encoded.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
            {
                bytes.Add(value);
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(encoded[i].ToString()));
            }
        }

        try
        {
            Strict.GetString(bytes.ToArray());
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
