namespace SpecialtyTowns.Messaging.Extensions;

/// <summary>Consumer retry policy (section <c>Messaging:Retry</c>); after the last retry a message goes to <c>_error</c>.</summary>
public sealed class RetrySettings
{
    public int Limit { get; set; } = 5;

    public TimeSpan MinInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxInterval { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan IntervalDelta { get; set; } = TimeSpan.FromMilliseconds(500);
}
