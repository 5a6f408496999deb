namespace SpecialtyTowns.Leads.Domain.Investors;

/// <summary>Value equality of profiles, lists compared item by item (records compare lists by reference).</summary>
public static class OrganisationProfileComparer
{
    public static bool Same(OrganisationProfile a, OrganisationProfile b) =>
        a with { IndustriesSought = [], ChainPositionsSought = [], CooperationModes = [], PreferredRegions = [], Languages = [], Keywords = [] }
            == b with { IndustriesSought = [], ChainPositionsSought = [], CooperationModes = [], PreferredRegions = [], Languages = [], Keywords = [] }
        && a.IndustriesSought.SequenceEqual(b.IndustriesSought)
        && a.ChainPositionsSought.SequenceEqual(b.ChainPositionsSought)
        && a.CooperationModes.SequenceEqual(b.CooperationModes)
        && a.PreferredRegions.SequenceEqual(b.PreferredRegions)
        && a.Languages.SequenceEqual(b.Languages)
        && a.Keywords.SequenceEqual(b.Keywords);
}
