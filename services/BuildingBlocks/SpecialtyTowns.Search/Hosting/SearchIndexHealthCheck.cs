using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SpecialtyTowns.Search.Hosting;

/// <summary>A replica is not ready to serve searches until its index is built.</summary>
/// <typeparam name="TDocument">The documents of the index it checks.</typeparam>
public sealed class SearchIndexHealthCheck<TDocument>(SearchIndexState<TDocument> state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(state.IsBuilt ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("The search index is being built"));
}
