namespace SpecialtyTowns.Gateway.ServiceClients;

/// <summary>
/// "Services:CircuitBreaker": a service's circuit opens when, within one sampling window, at
/// least <see cref="MinimumThroughput"/> calls were made and <see cref="FailureRatio"/> of them failed.
/// </summary>
public sealed class CircuitBreakerOptions
{
    public double FailureRatio { get; set; } = 0.5;

    public int MinimumThroughput { get; set; } = 10;

    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}
