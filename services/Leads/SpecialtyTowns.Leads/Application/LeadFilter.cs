using SpecialtyTowns.Leads.Domain.Pipeline;

namespace SpecialtyTowns.Leads.Application;

/// <summary>
/// Which of the caller's leads a list (or the export) shows; every part is optional.
/// <see cref="OrderBy"/>: created (newest first, the default), updated (latest first), due (soonest first), amount (largest first).
/// </summary>
public sealed record LeadFilter
{
    public IReadOnlyList<LeadStage> Stages { get; init; } = [];

    public Guid? OwnerId { get; init; }

    public Guid? ProjectId { get; init; }

    public Guid? GapId { get; init; }

    public Guid? OrganisationId { get; init; }

    /// <summary>Admins only narrow by town; a town's scope is its own already.</summary>
    public Guid? TownId { get; init; }

    public string OrderBy { get; init; } = "created";
}
