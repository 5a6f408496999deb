namespace SpecialtyTowns.ServiceDefaults.Validation;

/// <summary>
/// A request that breaks its contract. The gRPC interceptor turns it into InvalidArgument
/// with a <c>google.rpc.BadRequest</c> detail listing every violation.
/// </summary>
public sealed class RequestValidationException(IReadOnlyList<FieldViolation> violations)
    : Exception("Request is invalid: " + string.Join("; ", violations.Select(v => $"{v.Field}: {v.Description}")))
{
    public IReadOnlyList<FieldViolation> Violations { get; } = violations;
}
