namespace SpecialtyTowns.TestKit;

/// <summary>
/// A signed-in caller as the gateway forwards it to a service: the claims of its access token.
/// Each factory makes a new subject, so two callers of one role are different people.
/// </summary>
public sealed record TestCaller(string Subject, string Role, Guid? TownId = null, Guid? EnterpriseId = null)
{
    public static TestCaller Admin() => new(Guid.NewGuid().ToString(), "admin");

    public static TestCaller Investor() => new(Guid.NewGuid().ToString(), "investor");

    public static TestCaller Organizer() => new(Guid.NewGuid().ToString(), "organizer");

    public static TestCaller Town(Guid townId) => new(Guid.NewGuid().ToString(), "town", TownId: townId);

    public static TestCaller Enterprise(Guid enterpriseId) => new(Guid.NewGuid().ToString(), "enterprise", EnterpriseId: enterpriseId);

    /// <summary>The gateway's own token for a visitor who is not signed in.</summary>
    public static TestCaller Anonymous() => new("anonymous", "anonymous");

    /// <summary>Any caller of <paramref name="role"/>; a town or enterprise account of some other town or enterprise.</summary>
    public static TestCaller OfRole(string role) => role switch
    {
        "town" => Town(Guid.NewGuid()),
        "enterprise" => Enterprise(Guid.NewGuid()),
        "anonymous" => Anonymous(),
        _ => new(Guid.NewGuid().ToString(), role),
    };

    public IReadOnlyDictionary<string, string> Claims()
    {
        var claims = new Dictionary<string, string> { ["sub"] = Subject, ["role"] = Role };
        if (TownId is { } town)
        {
            claims["town_id"] = town.ToString();
        }

        if (EnterpriseId is { } enterprise)
        {
            claims["enterprise_id"] = enterprise.ToString();
        }

        return claims;
    }
}
