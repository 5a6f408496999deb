namespace SpecialtyTowns.Gateway.Identity;

/// <summary>What deciding on an account came to, and the account when the caller may see it.</summary>
public sealed record AccountDecision(DecisionOutcome Outcome, ApplicationUser? Account)
{
    /// <summary>The REST API's title for a refusal, which the approvals page shows too.</summary>
    public string? RefusalTitle => Outcome switch
    {
        DecisionOutcome.NotFound => AccountDecisions.NotFoundTitle,
        DecisionOutcome.AlreadyDecided => $"The account is already {Account!.Status.ToString().ToLowerInvariant()}",
        _ => null,
    };
}
