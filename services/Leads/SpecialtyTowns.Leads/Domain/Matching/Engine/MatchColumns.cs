namespace SpecialtyTowns.Leads.Domain.Matching.Engine;

/// <summary>
/// The offers of one kind as columns, grouped into cells of equal industry code and city (within
/// a cell the industry and region features are the same for a given organisation), with each
/// cell's envelope for upper bounds and a term → offers posting list for the text feature. Built
/// once per snapshot and kind; only for offers with at most one code and one amount range
/// (projects and gaps), so that every value equals what <see cref="MatchFeatureValues"/> computes.
/// </summary>
public sealed class MatchColumns
{
    private MatchColumns(int count, int cells, int terms)
    {
        Offers = new MatchOffer[count];
        Ids = new Guid[count];
        CellOf = new int[count];
        HasRange = new bool[count];
        RangeMin = new long[count];
        RangeMax = new long[count];
        Cooperation = new int[count];
        Position = new int[count];
        Land = new double[count];
        English = new bool[count];
        CellStart = new int[cells + 1];
        CellCode = new string?[cells];
        CellCodeIndex = new int[cells];
        CellCity = new string?[cells];
        CellRegion = new string[cells];
        CellCooperation = new int[cells];
        CellPosition = new int[cells];
        CellMaxLand = new double[cells];
        CellEnglish = new bool[cells];
        CellRangeMin = new long[cells];
        CellRangeMax = new long[cells];
        CellHasRange = new bool[cells];
        PostingOffers = new int[terms][];
        PostingWeights = new float[terms][];
    }

    public int Count => Offers.Length;

    public int Cells => CellCode.Length;

    public MatchOffer[] Offers { get; }

    public Guid[] Ids { get; }

    public int[] CellOf { get; }

    public bool[] HasRange { get; }

    public long[] RangeMin { get; }

    public long[] RangeMax { get; }

    /// <summary>Cooperation modes as bits of <see cref="ModeBits"/>.</summary>
    public int[] Cooperation { get; }

    public int[] Position { get; }

    public double[] Land { get; }

    public bool[] English { get; }

    /// <summary>Offers of cell c are at CellStart[c] .. CellStart[c + 1] - 1.</summary>
    public int[] CellStart { get; }

    public string?[] CellCode { get; }

    /// <summary>Index of the cell's code in <see cref="Codes"/>; -1 without a code.</summary>
    public int[] CellCodeIndex { get; }

    public string?[] CellCity { get; }

    /// <summary>The cell's city as <see cref="MatchKeys.NormaliseRegion"/> gives it.</summary>
    public string[] CellRegion { get; }

    public string[] Codes { get; private set; } = [];

    public int[] CellCooperation { get; }

    public int[] CellPosition { get; }

    public double[] CellMaxLand { get; }

    public bool[] CellEnglish { get; }

    public long[] CellRangeMin { get; }

    public long[] CellRangeMax { get; }

    public bool[] CellHasRange { get; }

    public int[][] PostingOffers { get; }

    public float[][] PostingWeights { get; }

    public Dictionary<string, int> ModeBits { get; } = new(StringComparer.Ordinal);

    /// <summary>Null when some offer does not fit the columns (several codes or ranges, over 31 modes): the caller scans exhaustively.</summary>
    public static MatchColumns? Build(IReadOnlyList<MatchOffer> offers, int vocabulary)
    {
        if (offers.Any(o => o.IndustryCodes.Count > 1 || o.Ranges.Count > 1))
        {
            return null;
        }

        var modes = offers.SelectMany(o => o.CooperationModes).Distinct().Order(StringComparer.Ordinal).ToList();
        if (modes.Count > 31)
        {
            return null;
        }

        var grouped = offers
            .GroupBy(o => (Code: o.IndustryCodes.Count > 0 ? o.IndustryCodes[0] : null, City: o.City))
            .OrderBy(g => g.Key.Code, StringComparer.Ordinal).ThenBy(g => g.Key.City, StringComparer.Ordinal)
            .ToList();
        var columns = new MatchColumns(offers.Count, grouped.Count, vocabulary);
        columns.Codes = [.. grouped.Select(g => g.Key.Code).OfType<string>().Distinct().Order(StringComparer.Ordinal)];
        for (var m = 0; m < modes.Count; m++)
        {
            columns.ModeBits[modes[m]] = 1 << m;
        }

        var p = 0;
        for (var c = 0; c < grouped.Count; c++)
        {
            columns.CellStart[c] = p;
            columns.CellCode[c] = grouped[c].Key.Code;
            columns.CellCodeIndex[c] = grouped[c].Key.Code is { } code ? Array.IndexOf(columns.Codes, code) : -1;
            columns.CellCity[c] = grouped[c].Key.City;
            columns.CellRegion[c] = MatchKeys.NormaliseRegion(grouped[c].Key.City);
            foreach (var offer in grouped[c])
            {
                columns.Put(p++, c, offer);
            }
        }

        columns.CellStart[grouped.Count] = p;
        columns.BuildPostings(vocabulary);
        return columns;
    }

    private void Put(int p, int c, MatchOffer offer)
    {
        Offers[p] = offer;
        Ids[p] = offer.Id;
        CellOf[p] = c;
        Cooperation[p] = offer.CooperationModes.Aggregate(0, (bits, mode) => bits | ModeBits[mode]);
        Position[p] = offer.PositionMask;
        Land[p] = offer.LandSquareMetres;
        English[p] = offer.HasEnglish;
        CellCooperation[c] |= Cooperation[p];
        CellPosition[c] |= Position[p];
        CellMaxLand[c] = Math.Max(CellMaxLand[c], Land[p]);
        CellEnglish[c] |= English[p];
        if (offer.Ranges.Count == 1)
        {
            (RangeMin[p], RangeMax[p]) = offer.Ranges[0];
            HasRange[p] = true;
            CellRangeMin[c] = CellHasRange[c] ? Math.Min(CellRangeMin[c], RangeMin[p]) : RangeMin[p];
            CellRangeMax[c] = CellHasRange[c] ? Math.Max(CellRangeMax[c], RangeMax[p]) : RangeMax[p];
            CellHasRange[c] = true;
        }
    }

    private void BuildPostings(int vocabulary)
    {
        var counts = new int[vocabulary];
        foreach (var offer in Offers)
        {
            foreach (var term in offer.Text.Terms)
            {
                counts[term]++;
            }
        }

        for (var t = 0; t < vocabulary; t++)
        {
            PostingOffers[t] = counts[t] == 0 ? [] : new int[counts[t]];
            PostingWeights[t] = counts[t] == 0 ? [] : new float[counts[t]];
        }

        Array.Clear(counts);
        for (var p = 0; p < Offers.Length; p++)
        {
            var text = Offers[p].Text;
            for (var i = 0; i < text.Terms.Length; i++)
            {
                var t = text.Terms[i];
                PostingOffers[t][counts[t]] = p;
                PostingWeights[t][counts[t]++] = text.Weights[i];
            }
        }
    }
}
