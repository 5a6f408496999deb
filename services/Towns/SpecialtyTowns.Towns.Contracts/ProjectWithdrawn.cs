using MassTransit;

namespace SpecialtyTowns.Towns.Contracts;

/// <summary>A town withdrew a project; it is no longer offered.</summary>
/// <remarks>The content (TitleEn to LandAreaSquareMetres) was added later, trailing and optional: it is null in messages from before it.</remarks>
[MessageUrn("specialtytowns:towns:project-withdrawn:v1")]
[EntityName("specialtytowns.towns.project-withdrawn.v1")]
public sealed record ProjectWithdrawn(
    Guid ProjectId, Guid TownId, string Title, string Status, string IndustryCode, long AmountMinFen, long AmountMaxFen, DateTimeOffset At,
    string? TitleEn = null, string? Description = null, string? DescriptionEn = null, IReadOnlyList<string>? CooperationModes = null, decimal? LandAreaSquareMetres = null);
