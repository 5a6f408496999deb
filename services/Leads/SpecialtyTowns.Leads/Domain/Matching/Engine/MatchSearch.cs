namespace SpecialtyTowns.Leads.Domain.Matching.Engine;

/// <summary>
/// An organisation's exact top k offers over <see cref="MatchColumns"/>: the text feature first
/// accumulated from the posting lists of the organisation's terms (only offers sharing a term get
/// work), then cells visited best upper bound first, and a cell skipped once its bound cannot reach
/// the k-th score kept. Every score is computed as <see cref="MatchFeatureValues"/> and
/// <see cref="MatchWeights.OneWay"/> compute it (same values, same order of sums), so the list
/// equals the exhaustive one.
/// </summary>
public static class MatchSearch
{
    // Bounds are sums of larger terms, so they are never below the exact score; the margin only guards rounding.
    private const double Margin = 1e-12;

    [ThreadStatic]
    private static double[]? _text;

    public static List<(Guid Id, double Score, int Position)> Top(MatchScorer scorer, MatchColumns columns, MatchOrganisation organisation, int k, Func<Guid, bool> excluded)
    {
        // The text accumulator is this thread's own and all zeros between searches: only the touched entries are reset.
        if (_text is null || _text.Length < columns.Count)
        {
            _text = new double[columns.Count];
        }

        var text = _text;
        var cellText = new double[columns.Cells];
        var touched = new List<int>();
        try
        {
            Accumulate(columns, organisation.Text, text, cellText, touched);
            return Scan(scorer, columns, organisation, k, excluded, text, cellText);
        }
        finally
        {
            foreach (var p in touched)
            {
                text[p] = 0;
            }
        }
    }

    private static void Accumulate(MatchColumns columns, SparseVector organisation, double[] text, double[] cellText, List<int> touched)
    {
        // Terms in ascending id, as SparseVector.Dot adds them, so every sum is the same double.
        for (var i = 0; i < organisation.Terms.Length; i++)
        {
            var weight = (double)organisation.Weights[i];
            var offers = columns.PostingOffers[organisation.Terms[i]];
            var weights = columns.PostingWeights[organisation.Terms[i]];
            for (var j = 0; j < offers.Length; j++)
            {
                var p = offers[j];
                if (text[p] == 0)
                {
                    touched.Add(p);
                }

                text[p] += weight * weights[j];
            }
        }

        foreach (var p in touched)
        {
            var c = columns.CellOf[p];
            cellText[c] = Math.Max(cellText[c], Math.Clamp(text[p], 0, 1));
        }
    }

    private static List<(Guid Id, double Score, int Position)> Scan(
        MatchScorer scorer, MatchColumns columns, MatchOrganisation organisation, int k, Func<Guid, bool> excluded, double[] text, double[] cellText)
    {
        var o = new OrganisationTerms(organisation, columns);
        var wi = scorer.Investor.Values;
        var wt = scorer.Town.Values;
        var cells = new (double Bound, int Cell, double Industry, double Region)[columns.Cells];
        Span<double> x = stackalloc double[FeatureIndex.Count];
        // Industry and region depend on the cell only: computed once per code and per city, as MatchFeatureValues does.
        var industries = columns.Codes.Select(code => MatchFeatureValues.Industry(organisation.Profile.IndustriesSought, [code], out _)).ToArray();
        var province = organisation.Regions.Contains(MatchKeys.Province) || organisation.Regions.Contains(MatchKeys.ProvinceEn);
        for (var c = 0; c < columns.Cells; c++)
        {
            var industry = columns.CellCodeIndex[c] >= 0 ? industries[columns.CellCodeIndex[c]] : 0;
            var region = province || (columns.CellRegion[c].Length > 0 && organisation.Regions.Contains(columns.CellRegion[c])) ? 1 : 0;
            o.CellBound(columns, c, industry, region, cellText[c], x);
            cells[c] = (scorer.Score(x).Score, c, industry, region);
        }

        Array.Sort(cells, (a, b) => b.Bound.CompareTo(a.Bound));
        var top = new TopK<int>(k);
        var kth = double.NegativeInfinity;
        var kept = 0;
        foreach (var (bound, c, industry, region) in cells)
        {
            if (bound <= 0 || (kept >= k && bound < kth - Margin))
            {
                break;
            }

            x[FeatureIndex.Industry] = industry;
            x[FeatureIndex.Region] = region;
            x[FeatureIndex.Completeness] = organisation.Completeness;
            for (var p = columns.CellStart[c]; p < columns.CellStart[c + 1]; p++)
            {
                o.Offer(columns, p, text[p], x);
                var investor = Sum(wi, x, scorer.Investor.Sum);
                var town = Sum(wt, x, scorer.Town.Sum);
                var score = MatchScorer.Combine(scorer.Combination, investor, town, scorer.InvestorShare);
                if (score > 0 && top.Accepts(score, columns.Ids[p]) && !excluded(columns.Ids[p]))
                {
                    top.Add(score, columns.Ids[p], p);
                    if (++kept >= k)
                    {
                        kth = top.WorstScore;
                    }
                }
            }
        }

        return top.RankedWithScores().Select(r => (columns.Ids[r.Item], r.Score, r.Item)).ToList();
    }

    private static double Sum(double[] w, ReadOnlySpan<double> x, double total)
    {
        if (total <= 0)
        {
            return 0;
        }

        double s = 0;
        for (var f = 0; f < FeatureIndex.Count; f++)
        {
            s += w[f] * x[f];
        }

        return s / total;
    }
}
