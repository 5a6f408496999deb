namespace SpecialtyTowns.Leads.Domain;

/// <summary>Pipeline stages, from first contact to signed (签约) and landed (落地).</summary>
public static class LeadStages
{
    public const string New = "new";
}
