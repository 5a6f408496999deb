using MassTransit;

namespace SpecialtyTowns.Towns.Contracts;

/// <summary>
/// A project moved along its lifecycle (draft, published, negotiating, signed, landed,
/// withdrawn). Raised for every move, beside ProjectPublished or ProjectWithdrawn where those apply.
/// </summary>
[MessageUrn("specialtytowns:towns:project-status-changed:v1")]
[EntityName("specialtytowns.towns.project-status-changed.v1")]
public sealed record ProjectStatusChanged(Guid ProjectId, Guid TownId, string FromStatus, string ToStatus, long AmountMinFen, long AmountMaxFen, DateTimeOffset At);
