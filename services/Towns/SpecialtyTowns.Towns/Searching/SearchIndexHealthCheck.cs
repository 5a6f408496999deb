using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SpecialtyTowns.Towns.Searching;

/// <summary>A replica is not ready to serve searches until its index is built.</summary>
public sealed class SearchIndexHealthCheck(SearchIndexState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(state.IsBuilt ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("The search index is being built"));
}
