namespace SpecialtyTowns.Gateway.ServiceClients;

/// <summary>The settings under "Services" that apply to every service client.</summary>
public sealed class ServiceClientOptions
{
    public const string SectionName = "Services";

    /// <summary>The deadline given to calls that have none ("Services:Deadline").</summary>
    public TimeSpan Deadline { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Attempts, the first included, for idempotent calls that fail with Unavailable.</summary>
    public int MaxAttempts { get; set; } = 3;

    public CircuitBreakerOptions CircuitBreaker { get; set; } = new();

    public static ServiceClientOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection(SectionName).Get<ServiceClientOptions>() ?? new ServiceClientOptions();
        var breaker = options.CircuitBreaker;
        // Polly's own lower bounds: a ratio needs two calls, windows of half a second at least.
        var shortest = TimeSpan.FromMilliseconds(500);
        if (options.Deadline <= TimeSpan.Zero || options.MaxAttempts < 1
            || breaker.FailureRatio is <= 0 or > 1 || breaker.MinimumThroughput < 2
            || breaker.SamplingDuration < shortest || breaker.BreakDuration < shortest)
        {
            throw new InvalidOperationException(
                $"{SectionName}: Deadline and MaxAttempts must be positive, CircuitBreaker:FailureRatio in (0, 1], "
                + "MinimumThroughput at least 2, SamplingDuration and BreakDuration at least 0.5 s");
        }

        return options;
    }
}
