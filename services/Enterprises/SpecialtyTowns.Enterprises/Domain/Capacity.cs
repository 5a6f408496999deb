namespace SpecialtyTowns.Enterprises.Domain;

/// <summary>A production capacity: how much of what, in which unit (e.g. 50000 件/年 of 法兰).</summary>
public sealed record Capacity(string Product, decimal Amount, string Unit);
