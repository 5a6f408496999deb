namespace SpecialtyTowns.SharedKernel.Errors;

/// <summary>
/// A business rule refused the change (FailedPrecondition), named so that clients can react
/// to the rule rather than parse the message.
/// </summary>
public sealed class BusinessRuleException(string rule, string message) : Exception(message)
{
    public string Rule { get; } = rule;
}
