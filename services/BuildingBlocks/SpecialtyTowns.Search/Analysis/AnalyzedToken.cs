namespace SpecialtyTowns.Search.Analysis;

/// <summary>A token with its character offsets in the analysed text and its position.</summary>
internal readonly record struct AnalyzedToken(string Term, string Type, int Start, int End, int Position)
{
    public bool IsCjk => Type is "<DOUBLE>" or "<SINGLE>";
}
