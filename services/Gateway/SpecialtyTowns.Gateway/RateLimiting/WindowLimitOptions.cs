namespace SpecialtyTowns.Gateway.RateLimiting;

/// <summary>At most <see cref="PermitLimit"/> requests per <see cref="Window"/> for one partition.</summary>
public sealed class WindowLimitOptions
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }

    public bool IsValid() => PermitLimit > 0 && Window >= TimeSpan.FromMilliseconds(1);
}
