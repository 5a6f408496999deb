namespace SpecialtyTowns.SharedKernel.Errors;

/// <summary>
/// A value the domain finds implausible (a deadline in the past, an event years long), named by
/// the request field that carried it. Services answer InvalidArgument naming that field, as for
/// a malformed request, because the client must change the value, not the resource's state.
/// </summary>
public sealed class InvalidValueException(string field, string message) : Exception($"{field}: {message}")
{
    public string Field { get; } = field;

    public string Description { get; } = message;
}
