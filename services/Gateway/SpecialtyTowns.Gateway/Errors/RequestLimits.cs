using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace SpecialtyTowns.Gateway.Errors;

/// <summary>
/// Refuses a too-long URI (414) and a body declared too large (413) with ProblemDetails before
/// Kestrel would: Kestrel's own refusals have no body. Kestrel's request-line limit is set above
/// <see cref="MaxUriBytes"/> so that only requests beyond it get Kestrel's bare answer.
/// </summary>
public sealed class RequestLimits(RequestDelegate next)
{
    public const int MaxUriBytes = 8 * 1024;

    /// <summary>The default body limit; a route may set its own (the schedule solve does).</summary>
    public const long MaxRequestBodyBytes = 256 * 1024;

    /// <summary>Kestrel's request-line limit: anything between the two gets the gateway's ProblemDetails.</summary>
    public const int KestrelMaxRequestLineBytes = 64 * 1024;

    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? string.Empty;
        if (target.Length > MaxUriBytes)
        {
            await RefuseAsync(context, problems, StatusCodes.Status414UriTooLong, $"The URI is longer than {MaxUriBytes} bytes");
            return;
        }

        var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
        if (limit is not null && (context.Request.ContentLength > limit || !await ChunkedBodyFitsAsync(context)))
        {
            await RefuseAsync(context, problems, StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {limit} bytes");
            return;
        }

        await next(context);
    }

    // A body of unknown length is read ahead (it is at most the limit) so that Kestrel's refusal, which
    // the endpoint's JSON binding would swallow into a bare 413, is seen here.
    private static async Task<bool> ChunkedBodyFitsAsync(HttpContext context)
    {
        if (context.Request.ContentLength is not null || context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody != true)
        {
            return true;
        }

        context.Request.EnableBuffering();
        try
        {
            await context.Request.Body.DrainAsync(context.RequestAborted);
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return false;
        }

        context.Request.Body.Position = 0;
        return true;
    }

    private static async Task RefuseAsync(HttpContext context, IProblemDetailsService problems, int status, string title)
    {
        context.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title },
        });
    }
}
