using Microsoft.Extensions.Options;
using SpecialtyTowns.Gateway.Identity;

namespace SpecialtyTowns.Gateway.Api.Auth;

/// <summary>
/// Holds every answer of a route back until a floor has passed since the handler started, so
/// that no path (unknown email, wrong password, throttled, pending, existing email) answers
/// faster than another. When a busy machine makes the work itself take longer than the floor,
/// the answer waits for the next multiple of it, so that the paths still answer alike.
/// Reading the body comes before and does not depend on any account.
/// </summary>
public static class MinimumAnswerTime
{
    public static Func<EndpointFilterInvocationContext, EndpointFilterDelegate, ValueTask<object?>> Of(Func<AuthOptions, TimeSpan> floor) =>
        async (context, next) =>
        {
            var services = context.HttpContext.RequestServices;
            var clock = services.GetRequiredService<TimeProvider>();
            var started = clock.GetTimestamp();
            var result = await next(context);
            var remaining = Remaining(clock.GetElapsedTime(started), floor(services.GetRequiredService<IOptions<AuthOptions>>().Value));
            if (remaining > TimeSpan.Zero)
            {
                await Task.Delay(remaining, clock, context.HttpContext.RequestAborted);
            }

            return result;
        };

    /// <summary>How long an answer that took <paramref name="elapsed"/> still waits: up to the floor, or the next multiple of it.</summary>
    public static TimeSpan Remaining(TimeSpan elapsed, TimeSpan step) =>
        step <= TimeSpan.Zero ? TimeSpan.Zero : (step * Math.Max(1, Math.Ceiling(elapsed / step))) - elapsed;
}
