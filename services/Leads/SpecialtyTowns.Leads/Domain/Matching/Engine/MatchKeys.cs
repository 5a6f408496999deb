using SpecialtyTowns.Leads.Domain.Directory;

namespace SpecialtyTowns.Leads.Domain.Matching.Engine;

/// <summary>How keys of both sides are compared: chain positions as bits, regions normalised, open statuses.</summary>
public static class MatchKeys
{
    public const string Province = "山西";

    public const string ProvinceEn = "shanxi";

    public static readonly IReadOnlyList<string> OpenProjectStatuses = ["published", "negotiating"];

    public static readonly IReadOnlyList<string> OpenGapStatuses = ["open", "in-talks"];

    private static readonly string[] Positions = ["upstream", "midstream", "downstream"];

    public static int PositionMask(IEnumerable<string> positions)
    {
        var mask = 0;
        foreach (var position in positions)
        {
            var index = Array.IndexOf(Positions, position);
            mask |= index >= 0 ? 1 << index : 0;
        }

        return mask;
    }

    public static IEnumerable<string> PositionsOf(int mask) => Positions.Where((_, i) => (mask & (1 << i)) != 0);

    /// <summary>"山西省" → "山西", "忻州市", "忻州 Xinzhou", "Xinzhou" → "忻州", "Shanxi Province" → "shanxi": a region and a city compare equal however written.</summary>
    public static string NormaliseRegion(string? region) => PlaceNames.Key(region);
}
