namespace SpecialtyTowns.Bench.Search.Reporting;

/// <summary>What the query mix finds, from a check of its first queries through both paths.</summary>
internal sealed record QueryFacts(int Distinct, int Checked, int Mismatches, double MedianTotal, double ZeroHitShare, double FilteredShare, double PageOneShare);
