using System.Net;
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
            var problems = new RequestProblems();
            foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var (name, value) = pair.IndexOf('=', StringComparison.Ordinal) is var at and >= 0 ? (pair[..at], pair[(at + 1)..]) : (pair, string.Empty);
                if (!IsUtf8(name) || !IsUtf8(value))
                {
                    problems.Add(WebUtility.UrlDecode(name), "is not valid UTF-8 once percent-decoded");
                }
            }

            if (problems.HasErrors)
            {
                await problems.ToResult().ExecuteAsync(context);
                return;
            }
        }

        await next(context);
    }

    private static bool IsUtf8(string encoded)
    {
        var bytes = Encoding.UTF8.GetBytes(encoded);
        try
        {
            Strict.GetString(WebUtility.UrlDecodeToBytes(bytes, 0, bytes.Length));
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
