namespace SpecialtyTowns.Gateway.Identity;

public enum AccountStatus
{
    /// <summary>Registered; waits for an admin (or, for an enterprise, its town) to approve.</summary>
    Pending = 0,
    Active = 1,
    Rejected = 2,
}
