namespace SpecialtyTowns.Leads.Domain.Matching.Engine;

/// <summary>Positions of the features in a feature vector (the order of <see cref="MatchFeatures.All"/>).</summary>
public static class FeatureIndex
{
    public const int Industry = 0;
    public const int ChainPosition = 1;
    public const int Ticket = 2;
    public const int Region = 3;
    public const int Cooperation = 4;
    public const int Land = 5;
    public const int Language = 6;
    public const int Text = 7;
    public const int Completeness = 8;
    public const int Count = 9;
}
