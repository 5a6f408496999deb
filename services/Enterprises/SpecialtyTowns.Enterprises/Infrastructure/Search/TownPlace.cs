namespace SpecialtyTowns.Enterprises.Infrastructure.Search;

/// <summary>What the index shows of a town: from Enterprises' own town entry, or from a Towns event not yet applied to it.</summary>
public sealed record TownPlace(string Name, string? City, DateTimeOffset AsOf);
