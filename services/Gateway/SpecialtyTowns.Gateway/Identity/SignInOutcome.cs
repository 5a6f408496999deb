namespace SpecialtyTowns.Gateway.Identity;

public enum SignInOutcome
{
    Succeeded,
    InvalidCredentials,
    Throttled,
    Pending,
    Rejected,
}
