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
        if (options.Deadline <= TimeSpan.Zero || options.MaxAttempts < 1
            || breaker.FailureRatio is <= 0 or > 1 || breaker.MinimumThroughput < 1
            || breaker.SamplingDuration <= TimeSpan.Zero || breaker.BreakDuration <= TimeSpan.Zero)
        {
            throw new InvalidOperationException(
                $"{SectionName}: Deadline, MaxAttempts and the CircuitBreaker settings must be positive (FailureRatio at most 1)");
        }

        return options;
    }
}
