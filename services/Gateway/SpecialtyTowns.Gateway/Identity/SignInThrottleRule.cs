namespace SpecialtyTowns.Gateway.Identity;

/// <summary>
/// One progressive sign-in delay: the first failures are free, then each further attempt
/// waits twice as long after the last failure as the one before, up to a ceiling.
/// </summary>
public sealed class SignInThrottleRule
{
    /// <summary>Failures that cost nothing: a user mistyping a password is not slowed.</summary>
    public int FreeFailures { get; set; } = 5;

    /// <summary>The wait once the free failures are spent; it doubles with each further failure.</summary>
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long after the last failure the count is forgotten.</summary>
    public TimeSpan Memory { get; set; } = TimeSpan.FromDays(1);

    public bool IsValid() => FreeFailures >= 1 && FirstDelay > TimeSpan.Zero && MaxDelay >= FirstDelay && Memory >= MaxDelay;

    /// <summary>How long a client must still wait after <paramref name="failures"/> failures, the last at <paramref name="lastFailure"/>.</summary>
    public TimeSpan WaitAfter(long failures, DateTimeOffset lastFailure, DateTimeOffset now)
    {
        if (failures < FreeFailures)
        {
            return TimeSpan.Zero;
        }

        // Capped before the power, so that a huge count cannot overflow the delay.
        var doublings = Math.Min(failures - FreeFailures, 40);
        var delay = TimeSpan.FromMilliseconds(Math.Min(FirstDelay.TotalMilliseconds * Math.Pow(2, doublings), MaxDelay.TotalMilliseconds));
        var wait = lastFailure + delay - now;
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }
}
