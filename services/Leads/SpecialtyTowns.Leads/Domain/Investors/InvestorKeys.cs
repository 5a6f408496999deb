namespace SpecialtyTowns.Leads.Domain.Investors;

/// <summary>
/// The stable wire names of an organisation's type, chain positions and cooperation modes (the
/// same modes projects offer in Towns, so a profile and a project can be compared key by key).
/// </summary>
public static class InvestorKeys
{
    public static readonly IReadOnlyList<string> ChainPositions = ["upstream", "midstream", "downstream"];

    public static readonly IReadOnlyList<string> CooperationModes =
        ["equity", "joint-venture", "sole-ownership", "lease", "epc", "ppp", "cooperation", "technology-licensing"];

    private static readonly Dictionary<OrganisationType, string> TypeNames = new()
    {
        [OrganisationType.Company] = "company",
        [OrganisationType.Fund] = "fund",
        [OrganisationType.StateOwned] = "state-owned",
        [OrganisationType.Individual] = "individual",
    };

    public static IReadOnlyCollection<string> Types => TypeNames.Values;

    public static string Of(OrganisationType type) => TypeNames[type];

    public static bool TryParseType(string? key, out OrganisationType type)
    {
        var found = TypeNames.FirstOrDefault(pair => pair.Value == key);
        type = found.Key;
        return found.Value is not null;
    }
}
