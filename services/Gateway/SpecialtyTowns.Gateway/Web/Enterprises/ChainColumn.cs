using SpecialtyTowns.Enterprises.V1;

namespace SpecialtyTowns.Gateway.Web.Enterprises;

/// <summary>The nodes of one position (upstream, midstream, downstream) of a chain.</summary>
public sealed record ChainColumn(string Position, IReadOnlyList<ChainNode> Nodes);
