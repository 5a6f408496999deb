using System.Threading.RateLimiting;

namespace SpecialtyTowns.Gateway.RateLimiting;

/// <summary>
/// A permit from a window counter. Window permits are spent when they are counted, so
/// disposing a lease gives nothing back.
/// </summary>
internal sealed class WindowLease : RateLimitLease
{
    public static readonly WindowLease Acquired = new(true, null);

    /// <summary>"Cannot tell without asking Redis": the caller goes on to the asynchronous path.</summary>
    public static readonly WindowLease Deferred = new(false, null);

    private readonly TimeSpan? _retryAfter;

    private WindowLease(bool isAcquired, TimeSpan? retryAfter)
    {
        IsAcquired = isAcquired;
        _retryAfter = retryAfter;
    }

    public override bool IsAcquired { get; }

    public override IEnumerable<string> MetadataNames =>
        _retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

    public static WindowLease Rejected(TimeSpan retryAfter) => new(false, retryAfter);

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        if (_retryAfter is { } retryAfter && metadataName == MetadataName.RetryAfter.Name)
        {
            metadata = retryAfter;
            return true;
        }

        metadata = null;
        return false;
    }
}
