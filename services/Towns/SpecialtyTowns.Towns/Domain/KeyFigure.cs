namespace SpecialtyTowns.Towns.Domain;

/// <summary>
/// A figure about a town exactly as a source states it: value, unit, the year it is for (null
/// where the source does not say), the source, and its words. Never estimated.
/// </summary>
public sealed record KeyFigure(string Metric, decimal Value, string Unit, int? Year, string Source, string? Quote);
