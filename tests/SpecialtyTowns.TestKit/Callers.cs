using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.TestKit;

/// <summary>
/// Every kind of caller an ownership rule must be checked against, by name: each role as the
/// resource's owner and as a stranger, an admin, and the gateway acting for nobody.
/// </summary>
public static class Callers
{
    public static readonly IReadOnlyList<string> Everyone =
    [
        "investor own", "investor other", "town own", "town other", "enterprise own", "enterprise other",
        "organizer own", "organizer other", "admin", "anonymous",
    ];

    public static Caller As(string who, Owners owners) => who switch
    {
        "investor own" => new(owners.InvestorId.ToString(), Roles.Investor, null, null),
        "investor other" => new(NewSubject(), Roles.Investor, null, null),
        "town own" => new(NewSubject(), Roles.Town, owners.TownId, null),
        "town other" => new(NewSubject(), Roles.Town, Guid.NewGuid(), null),
        "enterprise own" => new(NewSubject(), Roles.Enterprise, owners.TownId, owners.EnterpriseId),
        "enterprise other" => new(NewSubject(), Roles.Enterprise, Guid.NewGuid(), Guid.NewGuid()),
        "organizer own" => new(owners.OrganizerId.ToString(), Roles.Organizer, null, null),
        "organizer other" => new(NewSubject(), Roles.Organizer, null, null),
        "admin" => new(NewSubject(), Roles.Admin, null, null),
        "anonymous" => new(NewSubject(), Roles.Anonymous, null, null),
        _ => throw new ArgumentOutOfRangeException(nameof(who), who, "Not one of Callers.Everyone"),
    };

    /// <summary>Theory data over <see cref="Everyone"/>: true for the callers named, false for all others.</summary>
    public static TheoryData<string, bool> Allowing(params string[] allowed)
    {
        var unknown = allowed.Except(Everyone).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown callers: {string.Join(", ", unknown)}", nameof(allowed));
        }

        var data = new TheoryData<string, bool>();
        foreach (var who in Everyone)
        {
            data.Add(who, allowed.Contains(who));
        }

        return data;
    }

    private static string NewSubject() => Guid.NewGuid().ToString();
}
