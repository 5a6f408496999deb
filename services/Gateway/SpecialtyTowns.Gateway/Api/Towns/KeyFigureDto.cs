namespace SpecialtyTowns.Gateway.Api.Towns;

/// <summary>A figure as its source states it; <c>year</c> is null where the source does not say.</summary>
public sealed record KeyFigureDto(string Metric, decimal Value, string Unit, int? Year, string Source, string? Quote);
