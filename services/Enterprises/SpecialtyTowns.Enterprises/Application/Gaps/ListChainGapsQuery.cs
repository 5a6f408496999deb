using SpecialtyTowns.Enterprises.Domain.Gaps;

namespace SpecialtyTowns.Enterprises.Application.Gaps;

/// <summary>Exactly one of TownId and EnterpriseId; Status null for every status the caller may see.</summary>
public sealed record ListChainGapsQuery(Guid? TownId, Guid? EnterpriseId, GapStatus? Status, int Page, int PageSize);
