namespace SpecialtyTowns.SharedKernel;

/// <summary>A client's request id (Idempotency-Key, gRPC <c>request_id</c>): what fits the idempotency table.</summary>
public static class RequestIds
{
    public const int MaxLength = 100;
}
