namespace SpecialtyTowns.Idempotency;

/// <summary>A command that may carry the client's idempotency key (empty: no replay protection).</summary>
public interface IIdempotentCommand
{
    string? RequestId { get; }
}
