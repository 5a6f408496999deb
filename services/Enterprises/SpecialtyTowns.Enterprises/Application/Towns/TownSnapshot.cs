namespace SpecialtyTowns.Enterprises.Application.Towns;

/// <summary>A town's names and place as one of Towns' events tells them, as of the event's time.</summary>
public sealed record TownSnapshot(Guid TownId, string Name, string? NameEn, string? City, string? County, DateTimeOffset AsOf);
