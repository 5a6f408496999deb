namespace SpecialtyTowns.Gateway.Identity;

public enum DecisionOutcome
{
    Decided,

    /// <summary>No such account, or one the caller may not decide on: the two answer alike.</summary>
    NotFound,

    /// <summary>The account was approved or rejected before.</summary>
    AlreadyDecided,
}
