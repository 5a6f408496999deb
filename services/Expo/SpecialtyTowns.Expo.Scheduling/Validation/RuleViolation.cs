namespace SpecialtyTowns.Expo.Scheduling.Validation;

/// <param name="Rule">1-7 for the format's hard rules; 0 for completeness (every meeting exactly once, known ids).</param>
public sealed record RuleViolation(int Rule, string Message)
{
    public override string ToString() => $"rule {Rule}: {Message}";
}
