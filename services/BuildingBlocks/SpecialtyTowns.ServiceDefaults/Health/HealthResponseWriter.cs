using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SpecialtyTowns.ServiceDefaults.Health;

/// <summary>
/// Writes each check's state, so an operator sees which dependency is down; callers that
/// <see cref="ReadinessDetails"/> does not admit get the overall status only. The status code
/// is the health middleware's in both cases, so probes behave the same for everyone.
/// </summary>
public static class HealthResponseWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        object body = ReadinessDetails.MayRead(context)
            ? new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(
                    e => e.Key,
                    e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
            }
            : new { status = report.Status.ToString() };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }
}
