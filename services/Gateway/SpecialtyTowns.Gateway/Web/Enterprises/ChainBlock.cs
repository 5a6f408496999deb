namespace SpecialtyTowns.Gateway.Web.Enterprises;

/// <summary>One chain of a town's map with its three position columns.</summary>
public sealed record ChainBlock(string Chain, string ChainEn, IReadOnlyList<ChainColumn> Columns);
