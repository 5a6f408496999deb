namespace SpecialtyTowns.Leads.Domain.Pipeline;

/// <summary>
/// The pipeline from first contact to production (线索 → 接洽 → 考察 → 谈判 → 签约 → 注册 → 开工 → 投产),
/// or lost (流失). The numeric order is the funnel's order; Lost sits outside it.
/// </summary>
public enum LeadStage
{
    Lead = 0,
    Contacted = 1,
    SiteVisit = 2,
    Negotiating = 3,
    Signed = 4,
    Registered = 5,
    ConstructionStarted = 6,
    InProduction = 7,
    Lost = 99,
}
