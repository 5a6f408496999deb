namespace SpecialtyTowns.Gateway.Api.Enterprises;

/// <summary>A production capacity: <c>amount</c> of <c>product</c> per <c>unit</c> (e.g. 50000 件/年 of 法兰).</summary>
public sealed record CapacityDto(string? Product, decimal? Amount, string? Unit);
