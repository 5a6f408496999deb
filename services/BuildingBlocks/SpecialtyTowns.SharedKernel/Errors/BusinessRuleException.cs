namespace SpecialtyTowns.SharedKernel.Errors;

/// <summary>
/// A business rule refused the change (FailedPrecondition), named so that clients can react
/// to the rule rather than parse the message. <see cref="Fields"/> names what the rule needs
/// and did not get (a stage's required fields), so a client can ask for exactly those;
/// <see cref="Metadata"/> carries what a client needs to act on the refusal (the id of the
/// existing lead a duplicate points to), keyed in camelCase as clients read it.
/// </summary>
public sealed class BusinessRuleException(string rule, string message, IReadOnlyList<string>? fields = null) : Exception(message)
{
    public string Rule { get; } = rule;

    public IReadOnlyList<string> Fields { get; } = fields ?? [];

    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();
}
