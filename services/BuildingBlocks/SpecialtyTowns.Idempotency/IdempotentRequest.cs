namespace SpecialtyTowns.Idempotency;

/// <summary>A request that was done: whose key, for what, its fingerprint and what it answered (JSON).</summary>
public sealed class IdempotentRequest
{
    public string Subject { get; set; } = string.Empty;

    public string RequestId { get; set; } = string.Empty;

    public string Operation { get; set; } = string.Empty;

    public string Fingerprint { get; set; } = string.Empty;

    public string? Result { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
