using MassTransit;

namespace SpecialtyTowns.Towns.Contracts;

/// <summary>A town published an investment project: investors can now find it.</summary>
/// <remarks>The content (TitleEn to LandAreaSquareMetres) was added later, trailing and optional: it is null in messages from before it.</remarks>
[MessageUrn("specialtytowns:towns:project-published:v1")]
[EntityName("specialtytowns.towns.project-published.v1")]
public sealed record ProjectPublished(
    Guid ProjectId, Guid TownId, string Title, string Status, string IndustryCode, long AmountMinFen, long AmountMaxFen, DateTimeOffset At,
    string? TitleEn = null, string? Description = null, string? DescriptionEn = null, IReadOnlyList<string>? CooperationModes = null, decimal? LandAreaSquareMetres = null);
