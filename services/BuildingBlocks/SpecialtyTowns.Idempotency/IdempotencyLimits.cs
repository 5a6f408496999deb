namespace SpecialtyTowns.Idempotency;

/// <summary>Column sizes of the idempotent_requests table; request ids are validated to fit.</summary>
public static class IdempotencyLimits
{
    public const int Subject = 200;
    public const int RequestId = SharedKernel.RequestIds.MaxLength;
    public const int Operation = 100;
    public const int Fingerprint = 64;
}
