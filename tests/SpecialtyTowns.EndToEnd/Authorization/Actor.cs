namespace SpecialtyTowns.EndToEnd.Authorization;

/// <summary>One kind of caller of the matrix: its role (or none) and its signed-in client.</summary>
public sealed record Actor(string Role, HttpClient Client)
{
    public const string Anonymous = "anonymous";
    public const string Admin = "admin";
    public const string Investor = "investor";
    public const string Town = "town";
    public const string Enterprise = "enterprise";
    public const string Organizer = "organizer";

    public static readonly string[] All = [Anonymous, Admin, Investor, Town, Enterprise, Organizer];
}
