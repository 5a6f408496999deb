using SpecialtyTowns.Leads.Domain.Matching;

namespace SpecialtyTowns.Leads.Application.Matching;

/// <summary>Who saw which list: the organisation's own (investor side), or a town's or enterprise's list for ContextId (town side).</summary>
public sealed record ImpressionContext(MatchSide Side, string List, Guid? OrganisationId, Guid? TownId, Guid? EnterpriseId, Guid? ContextId, string Actor);
