namespace SpecialtyTowns.SharedKernel;

/// <summary>Account roles. <see cref="Anonymous"/> is the gateway acting for a caller who is not signed in.</summary>
public static class Roles
{
    public const string Investor = "investor";
    public const string Town = "town";
    public const string Enterprise = "enterprise";
    public const string Organizer = "organizer";
    public const string Admin = "admin";
    public const string Anonymous = "anonymous";

    public static readonly IReadOnlyList<string> SelfRegistrable = [Investor, Town, Enterprise, Organizer];
}
